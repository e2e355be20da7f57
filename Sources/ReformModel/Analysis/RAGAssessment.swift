/// An action's RAG with its reason in words and the numbers behind it.
///
/// Committees distrust a colour they cannot check, so every rating carries the rule that gave
/// it and the figures: "40% done with 58% of the time gone (69%): red".
public struct RAGAssessment: Hashable, Sendable, Codable {
    /// Which rule of the RAG rule decided the rating.
    public enum Rule: String, Hashable, Sendable, Codable, CaseIterable {
        case override
        case complete
        case cancelled
        case blocked
        case overdue
        case notStartedLate = "not-started-late"
        case notYetDueToStart = "not-yet-due-to-start"
        case performance
        case missingData = "missing-data"
    }

    /// The rating.
    public let status: RAGStatus
    /// Which rule gave it.
    public let rule: Rule
    /// The reason in words, with the numbers.
    public let reason: String
    /// Progress ÷ share of time elapsed, in percent (rounded), where the performance rule applied.
    public let performance: Int?
    /// Share of the time between start and due that has gone, in percent (rounded), where known.
    public let timeElapsed: Int?

    private enum CodingKeys: String, CodingKey {
        case status, rule, reason, performance, timeElapsed = "time_elapsed"
    }
}

extension RAGAssessment: JSONStreamWritable {
    /// Writes what `encode(to:)` writes.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.status, word: status)
        writer.member(CodingKeys.rule, word: rule)
        writer.member(CodingKeys.reason, reason)
        writer.member(CodingKeys.performance, performance)
        writer.member(CodingKeys.timeElapsed, timeElapsed)
        writer.endObject()
    }
}

/// The default RAG rule (the Camms convention), with thresholds from `settings.rag`.
///
/// In order: an override in the file wins for an open action; complete is complete; cancelled
/// is not rated; blocked is red; past its due date and not complete is red; not started though
/// its start date has passed is amber; not started and not yet due to start is green; otherwise
/// performance = progress ÷ share of time elapsed between start and due: at or above `green_at`
/// green, at or below `red_at` red, between amber. An action with progress but no start date is
/// measured from its policy's publication, else the plan's baseline, and its reason says so.
/// Where nothing is recorded, or the progress or due date is missing, the action is not rated and
/// the reason says what is missing.
public enum RAGRule {
    /// Rates one action on `asOf`.
    ///
    /// - Parameter start: what progress is measured from: the action's start date, else its
    ///   policy's publication or the plan's baseline (`MeasuredStart`).
    public static func assess(_ action: Action, deadline: EffectiveDeadline?, start measured: MeasuredStart? = nil, asOf: CalendarDay,
                              thresholds: RAGThresholds) -> RAGAssessment {
        func result(_ status: RAGStatus, _ rule: RAGAssessment.Rule, _ reason: String, performance: Int? = nil, elapsed: Int? = nil) -> RAGAssessment {
            RAGAssessment(status: status, rule: rule, reason: reason, performance: performance, timeElapsed: elapsed)
        }
        if let override = action.rag, !action.status.isClosed {
            return result(RAGStatus(override.status), .override, "set by hand: \(override.reason)")
        }
        switch action.status {
        case .complete:
            return result(.complete, .complete, action.completed.map { "complete (\($0.shown))" } ?? "complete")
        case .cancelled:
            return result(.notRated, .cancelled, "cancelled")
        case .blocked:
            return result(.red, .blocked, "blocked")
        case .notStarted, .inProgress:
            break
        }
        if let deadline, asOf > deadline.date.day {
            let late = deadline.date.day.days(to: asOf)
            return result(.red, .overdue, "was due \(deadline.described), \(late) day\(late == 1 ? "" : "s") ago, and is not complete")
        }
        let progressRecorded = (action.progress ?? 0) > 0
        if action.status == .notStarted, !progressRecorded {
            guard let start = action.start else {
                return result(.notRated, .missingData, "not rated: no progress recorded, and no start date to judge it by")
            }
            if start.day < asOf {
                let late = start.day.days(to: asOf)
                return result(.amber, .notStartedLate, "not started, though due to start \(start.shown) (\(late) day\(late == 1 ? "" : "s") ago)")
            }
            return result(.green, .notYetDueToStart, "not due to start until \(start.shown)")
        }
        guard let progress = action.progress else {
            return result(.notRated, .missingData, "not rated: in progress, with no progress recorded")
        }
        guard let deadline else {
            return result(.notRated, .missingData, "not rated: \(progress)% done, with no due date to measure it against")
        }
        guard let start = measured ?? action.start.map({ MeasuredStart(day: $0.day, borrowedFrom: nil) }) else {
            return result(.notRated, .missingData, "not rated: \(progress)% done, with no start date, policy publication or plan baseline to measure it from")
        }
        let rated = performance(progress: progress, start: start.day, due: deadline.date.day, asOf: asOf, thresholds: thresholds)
        return RAGAssessment(status: rated.status, rule: rated.rule, reason: rated.reason + start.because, performance: rated.performance,
                             timeElapsed: rated.timeElapsed)
    }

    /// Progress against the share of time gone, compared exactly in whole numbers.
    static func performance(progress: Int, start: CalendarDay, due: CalendarDay, asOf: CalendarDay, thresholds: RAGThresholds) -> RAGAssessment {
        let total = start.days(to: due)
        let elapsed: Int
        let span: Int
        if total <= 0 {
            // A zero-length or back-to-front period: all of the time has gone once the due day arrives.
            (elapsed, span) = (asOf >= due ? 1 : 0, 1)
        } else {
            (elapsed, span) = (min(max(start.days(to: asOf), 0), total), total)
        }
        let elapsedPercent = rounded(elapsed * 100, span)
        guard elapsed > 0 else {
            return RAGAssessment(status: .green, rule: .performance, reason: "\(progress)% done before any of the time has gone: green",
                                 performance: nil, timeElapsed: 0)
        }
        // performance = (progress / 100) / (elapsed / span), compared with threshold / 100, without division.
        let scaled = progress * span
        let status: RAGStatus
        if scaled >= thresholds.greenAt * elapsed {
            status = .green
        } else if scaled <= thresholds.redAt * elapsed {
            status = .red
        } else {
            status = .amber
        }
        let performance = rounded(scaled, elapsed)
        // A rounded figure on a threshold could contradict the rating (70.2% shown as 70% but amber): say which side it is.
        var shown = "\(performance)%"
        for threshold in [thresholds.greenAt, thresholds.redAt] where performance == threshold && scaled * 1 != threshold * elapsed {
            shown = scaled > threshold * elapsed ? "just over \(threshold)%" : "just under \(threshold)%"
        }
        let reason = "\(progress)% done with \(elapsedPercent)% of the time gone (\(shown)): \(status.rawValue)"
        return RAGAssessment(status: status, rule: .performance, reason: reason, performance: performance, timeElapsed: elapsedPercent)
    }

    /// `numerator / denominator` rounded half up, for display only.
    static func rounded(_ numerator: Int, _ denominator: Int) -> Int {
        (2 * numerator + denominator) / (2 * denominator)
    }
}
