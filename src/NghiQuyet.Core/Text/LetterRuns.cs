namespace NghiQuyet.Core.Text;

/// <summary>
/// The runs of letters in a text, as ranges, without allocating: the words as the kernel's checks see them (a run of
/// <see cref="char.IsLetter(char)"/>, so digits, punctuation and spaces separate words).
/// </summary>
public ref struct LetterRuns
{
    private readonly ReadOnlySpan<char> _text;
    private int _next;

    /// <summary>The runs of <paramref name="text"/>, for <c>foreach</c>.</summary>
    public LetterRuns(ReadOnlySpan<char> text)
    {
        _text = text;
        _next = 0;
        Current = default;
    }

    /// <summary>The run found by the last <see cref="MoveNext"/>.</summary>
    public Range Current { get; private set; }

    /// <summary>This enumerator, so that <c>foreach</c> can walk the runs.</summary>
    public readonly LetterRuns GetEnumerator() => this;

    /// <summary>Finds the next run; false at the end of the text.</summary>
    public bool MoveNext()
    {
        var i = _next;
        while (i < _text.Length && !char.IsLetter(_text[i]))
            i++;
        if (i == _text.Length)
            return false;
        var start = i;
        while (i < _text.Length && char.IsLetter(_text[i]))
            i++;
        Current = start..i;
        _next = i;
        return true;
    }
}
