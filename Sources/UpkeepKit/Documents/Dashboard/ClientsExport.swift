/// `private/exports/clients.csv`: every client, one row each, with the figures the dashboard
/// shows of it. The dashboard lists at most `DashboardView.rowLimit` clients in a table; this
/// file always has them all.
enum ClientsExport {
    static let path = "exports/clients.csv"

    /// Amounts are plain (`1234.50`); `latest_statement` is the month of the latest statement,
    /// and `amount_due` and `past_due` are its; the `*_12_months` columns are the dashboard's
    /// 12 months. A client without statements has those columns empty.
    static let header = "client,name,status,plan,workstations,servers,latest_statement,amount_due,past_due,"
        + "fees_12_months,billed_work_12_months,charges_12_months,covered_hours_12_months,billed_hours_12_months\n"

    static func csv(_ shop: Shop, summaries: [ID: ClientSummary], money: MoneyFormat) -> String {
        var text = header
        for client in shop.clients {
            let summary = summaries[client.id]
            let latest = summary?.latest
            let worth = summary?.worth ?? ClientWorth()
            let hasMonths = !(summary?.months.isEmpty ?? true)
            text += Exports.csvLine([
                client.id.rawValue, client.name, client.status.rawValue, summary?.planToday ?? "",
                String(client.workstationCount), String(client.serverCount),
                latest.map { "\($0.month)" } ?? "", latest.map { money.plain($0.amountDue) } ?? "",
                latest.map { money.plain($0.aging.total - $0.aging.current) } ?? "",
                hasMonths ? money.plain(worth.fees) : "", hasMonths ? money.plain(worth.billedWork) : "",
                hasMonths ? money.plain(worth.charges) : "",
                hasMonths ? worth.coveredHours.text : "", hasMonths ? worth.billedHours.text : "",
            ])
        }
        return text
    }
}
