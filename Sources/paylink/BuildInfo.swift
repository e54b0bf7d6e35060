/// The version paylink reports, and the commit it was built from (written by the BuildCommit plugin at build time).
enum BuildInfo {
    static let version = "0.1.0"
    static var versionLine: String { "\(version) (commit \(buildCommit))" }
}
