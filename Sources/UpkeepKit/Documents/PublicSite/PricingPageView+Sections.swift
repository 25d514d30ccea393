extension PricingPageView {
    /// "How we tailor your price": the six factors of the article, each with the price book's rule.
    static func factors(_ book: PriceBook, language: Language) -> [Factor] {
        let words = language.labels.site, money = language.money, fill = Placeholders.fill
        func list(_ parts: [String]) -> String { parts.joined(separator: "; ") }
        var factors: [Factor] = []
        let tiers = book.volumeTiers.sorted { $0.from < $1.from }.map { fill(words.volumeTier, ["from": String($0.from), "rate": language.percent($0.discount)]) }
        factors.append(Factor(name: words.factorComputers, rule: tiers.isEmpty ? words.noVolumeTiers : fill(words.volumeTiers, ["tiers": list(tiers)])))
        var age = book.ageSurcharges.sorted { $0.olderThanYears < $1.olderThanYears }
            .map { fill(words.ageBracket, ["years": String($0.olderThanYears), "price": money.format($0.perDevice)]) }
        if let max = book.maxAgeYears { age.append(fill(words.ageMax, ["years": String(max)])) }
        factors.append(Factor(name: words.factorAge, rule: age.isEmpty ? words.noAgeSurcharge : fill(words.ageRule, ["rules": list(age)])))
        var often: [String] = []
        if book.onsiteVisitPrice > .zero { often.append(fill(words.visitsRule, ["price": money.format(book.onsiteVisitPrice)])) }
        often += book.callVolume.sorted { $0.moreThan < $1.moreThan }.map {
            fill(words.callsRule, ["calls": String($0.moreThan), "rate": language.percent($0.surcharge)])
        }
        factors.append(Factor(name: words.factorOften, rule: often.isEmpty ? words.noOftenCharge : list(often).prefix(1).uppercased() + list(often).dropFirst() + "."))
        factors.append(Factor(name: words.factorServices, rule: words.servicesRule))
        factors.append(Factor(name: words.factorServer, rule: words.serverRule))
        factors.append(Factor(name: words.factorSupport, rule: words.supportRule))
        var terms = [fill(words.minimumRule, ["amount": money.format(book.minimumMonthly)])]
        if book.onboarding.perDevice > .zero || book.onboarding.minimum > .zero {
            terms.append(fill(words.onboardingRule, ["price": money.format(book.onboarding.perDevice), "minimum": money.format(book.onboarding.minimum)]))
        }
        terms += book.termDiscounts.sorted { $0.months < $1.months }.map { fill(words.termRule, ["months": String($0.months), "rate": language.percent($0.discount)]) }
        factors.append(Factor(name: words.factorTerms, rule: list(terms) + "."))
        return factors
    }

    /// An add-on's price as the page writes it: `$9.00 per computer a month`; `Included in every
    /// plan` for one that every plan includes, which is offered to none.
    static func price(of addon: Addon, in shop: Shop, words: SiteLabels, money: MoneyFormat) -> String {
        if !shop.plans.isEmpty, shop.plans.allSatisfy({ $0.includedAddons.contains { $0.value == addon.id.value } }) {
            return words.includedEverywhere
        }
        let per: String
        switch addon.per {
        case .flat: per = words.perMonth
        case .device: per = words.perComputerMonth
        case .workstation: per = words.perWorkstationMonth
        case .server: per = words.perServerMonth
        }
        return Placeholders.fill(per, ["price": money.format(addon.price)])
    }

    /// Each add-on with a cell per plan: included in it, or optional on it.
    static func addonRows(_ shop: Shop, words: SiteLabels, money: MoneyFormat) -> [AddonRow] {
        shop.priceBook.addons.map { addon in
            let cells = shop.plans.map { plan in
                let included = plan.includedAddons.contains { $0.value == addon.id.value }
                return AddonRow.Cell(text: included ? words.included : words.optionalCell, plan: plan.name, included: included)
            }
            return AddonRow(name: addon.name, description: addon.description.isEmpty ? nil : addon.description,
                            price: price(of: addon, in: shop, words: words, money: money), cells: cells)
        }
    }
}
