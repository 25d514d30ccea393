extension Language {
    /// `12 workstations`, `1 Arbeitsplatz`: `one` for a count of 1, else `many`.
    func count(_ n: Int, _ one: String, _ many: String) -> String {
        Placeholders.fill(n == 1 ? one : many, ["count": String(n)])
    }

    /// A price's line as printed, in words and figures: `12 workstations × $60.00`.
    public func text(_ line: PriceLine) -> String {
        let words = labels.priceLines, fill = Placeholders.fill
        let format = money.format
        func each(_ units: String, _ price: Money) -> String { fill(words.perUnit, ["units": units, "price": format(price)]) }
        let workstations = { (n: Int) in self.count(n, words.workstation, words.workstations) }
        let devices = { (n: Int) in self.count(n, words.device, words.devices) }
        switch line.item {
        case .workstations(let n, let price):
            return each(workstations(n), price)
        case .volumeDiscount(let from, let rate, let base):
            return fill(words.volumeDiscount, ["from": String(from), "rate": percent(rate), "base": format(base)])
        case .servers(let n, let price):
            return each(count(n, words.server, words.servers), price)
        case .ageSurcharge(let n, let years, let price):
            return fill(words.ageSurcharge, ["devices": devices(n), "years": String(years), "price": format(price)])
        case .callVolume(let calls, let moreThan, let rate, let base):
            return fill(words.callVolume, ["calls": count(calls, words.call, words.calls), "moreThan": String(moreThan),
                                           "rate": percent(rate), "base": format(base)])
        case .visits(let perYear, let price):
            return fill(words.visitsLine, ["visits": count(perYear, words.visit, words.visits), "price": format(price)])
        case .addon(let name, let per, let units, let price):
            let counted: String
            switch per {
            case .flat: return fill(words.addonFlat, ["name": name])
            case .device: counted = devices(units)
            case .workstation: counted = workstations(units)
            case .server: counted = count(units, words.server, words.servers)
            }
            return fill(words.addonFor, ["name": name, "units": counted, "price": format(price)])
        case .addonIncluded(let name, let plan):
            return fill(words.addonIncluded, ["name": name, "plan": plan])
        case .termDiscount(let months, let rate, let base):
            return fill(words.termDiscount, ["months": String(months), "rate": percent(rate), "base": format(base)])
        case .agreedDiscount(let rate, let base):
            return fill(words.agreedDiscount, ["rate": percent(rate), "base": format(base)])
        case .minimumFee(let minimum):
            return fill(words.minimumFee, ["minimum": format(minimum)])
        case .tax(let name, let rate, let base):
            return fill(words.tax, ["name": name, "rate": percent(rate), "base": format(base)])
        case .onboardingDevices(let n, let price):
            return fill(words.onboardingDevices, ["devices": devices(n), "price": format(price)])
        case .onboardingMinimum(let minimum):
            return fill(words.onboardingMinimum, ["minimum": format(minimum)])
        }
    }
}

extension Language {
    /// A line of the break/fix comparison's year, in words and figures.
    public func text(_ line: CostLine) -> String {
        let words = labels.comparison, format = money.format, fill = Placeholders.fill
        let number = { (q: Quantity) in self.decimal(q.hundredths, fractionDigits: 2) }
        switch line.item {
        case .remoteLabour(let n, let share, let hours, let rate):
            return fill(words.remoteRepairs, ["incidents": number(n), "share": percent(share), "hours": self.hours(hours), "rate": format(rate)])
        case .onsiteLabour(let n, let share, let hours, let rate):
            return fill(words.onsiteRepairs, ["incidents": number(n), "share": percent(share), "hours": self.hours(hours), "rate": format(rate)])
        case .tripFees(let n, let share, let fee):
            return fill(words.tripFees, ["incidents": number(n), "share": percent(share), "fee": format(fee)])
        case .afterHours(let share, let multiplier, let base):
            let extra = Ratio(perMillion: multiplier.perMillion - Ratio.scale)
            return fill(words.afterHours, ["share": percent(share), "base": format(base), "multiplier": self.multiplier(multiplier),
                                           "extra": percent(extra)])
        case .downtime(let n, let staff, let hours, let cost):
            return fill(words.downtime, ["incidents": number(n), "staff": number(staff), "hours": self.hours(hours), "cost": format(cost)])
        case .planFee(let plan, let monthly):
            return fill(words.planFee, ["plan": plan, "monthly": format(monthly)])
        }
    }
}
