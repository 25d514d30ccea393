import Foundation

/// `content/business.md`: who the shop is and how it bills.
public struct Business: Sendable {
    public var name: String
    public var address: AddressLines
    public var phone: String
    public var email: String
    public var website: String?
    /// A page where visitors get in touch (a contact form, a booking page): the public pages'
    /// call to action links it beside the phone number and the e-mail address.
    public var contactURL: String?
    /// Absolute URL the public site is served from, for `sitemap.xml` and Open Graph tags.
    public var baseURL: String?
    /// Path of a logo image, relative to `content/`, where `logo:` was written.
    public var logo: Located<String>?
    public var currency: Currency
    public var locale: String
    public var taxes: [Tax]
    public var paymentTermsDays: Int
    public var proposalValidDays: Int
    public var rates: Rates
    /// Who signs the shop's proposals: name and title (nil: proposals are signed with the shop's name).
    public var owner: Contact?
    /// Whether proposals and the public sheet compare managed services with break/fix.
    public var proposalComparison: ComparisonPolicy
    /// The sendmail-compatible command `upkeep send` hands each message to, on its standard input.
    public var sendmail: String = Business.defaultSendmail
    public static let defaultSendmail = "/usr/sbin/sendmail -t -i"
    /// How clients pay, printed on statements that ask for money (nil: only the remit-to address).
    public var payment: PaymentInstructions?
    /// The hourly rate a client should pay for at least (fees and billed work ÷ hours worked);
    /// the dashboard flags clients below it (nil: no flag).
    public var targetHourlyRate: Money?
    /// The late fee charged on overdue balances (nil: none).
    public var lateFee: LateFeePolicy?
    /// Markdown: a few words about the shop.
    public var about: String
}

/// Whether a document compares managed services with break/fix (`proposal_comparison`).
public enum ComparisonPolicy: String, CaseIterable, Sendable, Encodable {
    /// Always, with the verdict said plainly whichever way it goes.
    case always
    /// Only when managed services cost less in the first year, expected or in a bad year.
    case whenManagedSaves = "when_managed_saves"
    case never
}

/// An absolute `http` or `https` address, such as the public site's `base_url`: it is written
/// into `robots.txt`, `sitemap.xml` and Open Graph tags, so nothing else may pass.
public struct WebAddress: Sendable {
    public var text: String
}

/// Hourly rates for work the contract does not cover, and for break/fix clients.
public struct Rates: Sendable {
    public var remoteHourly: Money
    public var onsiteHourly: Money
    /// Applied to the hourly rate for work outside business hours.
    public var afterHoursMultiplier: Ratio
    /// Charged once per on-site visit.
    public var tripFee: Money

    static let zero = Rates(remoteHourly: .zero, onsiteHourly: .zero, afterHoursMultiplier: .one, tripFee: .zero)
}

/// A sales tax and what it applies to.
public struct Tax: Sendable {
    public enum Base: String, CaseIterable, Sendable {
        /// The monthly contract fee and onboarding.
        case contract
        /// Billable hours and trip fees.
        case labor
        /// One-off charges: hardware, projects.
        case charges
    }

    public var name: String
    public var rate: Ratio
    public var appliesTo: [Base]
}

/// A postal address, written either as a list of lines or as a block of text.
public struct AddressLines: Hashable, Sendable, Encodable {
    public var lines: [String]
}

/// The currency of every amount in the content, by its ISO 4217 code.
public struct Currency: Hashable, Sendable {
    public var code: String
    /// Decimals of the minor unit: 2 for USD, 0 for JPY, 3 for KWD.
    public var minorDigits: Int

    public static let usd = Currency(code: "USD", minorDigits: 2)

    /// ISO 4217 codes whose minor unit is not 2 decimals.
    static let exceptions: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
        "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    ]
}
