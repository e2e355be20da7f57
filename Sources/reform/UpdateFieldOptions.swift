import ArgumentParser

/// The fields an update records, shared by `update` and `correct`: each optional, only those given are recorded.
struct UpdateFieldOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The status: not-started, in-progress, complete, blocked or cancelled.", valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp("Percent complete, 0 to 100 (90, 90% and 90.0 are the same).", valueName: "percent"))
    var progress: String?

    @Option(help: ArgumentHelp("What happened, in words.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("The due date, in any date form of the file format.", valueName: "date"))
    var due: String?
}
