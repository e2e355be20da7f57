import ReformApp

/// A use case's error as the command line says it: the one place its wording is made. The field
/// at fault is named by its flag (`--reason: give the reason`), and a write that wrote nothing says so.
enum ErrorWording {
    /// The text to print: the message as it is where it says where it is (`file:line:column: …`),
    /// else the message with its flag and what was not recorded.
    static func text(of error: AppError) -> String {
        if error.located { return error.message }
        let flag = error.field.flatMap(flag(for:)).map { "\($0): " } ?? ""
        let text = flag + error.message + (error.nothingRecorded ? "; nothing was recorded" : "")
        return error.status == .usage ? text : "error: " + text
    }

    /// The flag that gives `field`, where one does (some are arguments, or the web's alone).
    static func flag(for field: InputField) -> String? {
        switch field {
        case .status, .progress, .due, .note, .at, .by, .reason, .pillar, .policy, .since, .year, .format, .option, .role, .committee, .meeting:
            return "--" + field.rawValue
        case .asOf: return "--as-of"
        case .issue: return "--final"
        case .owners: return "--owner"
        case .base, .name, .revision, .email, .smtp: return "--" + field.rawValue
        case .publicURL: return "--public-url"
        case .remindBefore: return "--remind-before"
        case .action, .event, .response, .resolution, .username, .password, .state, .plugin, .run, .file, .round, .verdict: return nil
        case .id, .title, .owner, .partners, .start, .dependsOn, .milestone, .cost: return nil
        }
    }
}
