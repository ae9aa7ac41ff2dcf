namespace NghiQuyet.Core.Extraction;

/// <summary>
/// What a target says: the indicator's wording, the op, its figure(s), unit and deadline year. An extracted target, a
/// stored target (as corrected), a user's correction and a revision all carry these; review, evaluation and the
/// catalog matcher read them and nothing else of where they came from.
/// </summary>
public sealed record TargetTerms(string Name, TargetOp Op, decimal? Value, decimal? ValueMax, string? Unit, int Year);
