using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Units;

/// <summary>
/// A unit's name as people write it, taken apart: "Đảng bộ xã Mường Lầm" → kind word "xa", name "muong lam";
/// "huyện Sông Mã, tỉnh Sơn La" → "huyen", "song ma", province hint "son la". All folded (no tones, lower case).
/// </summary>
internal sealed record UnitQuery(string? KindWord, string Name, string? ProvinceHint)
{
    /// <summary>Longest first, so that "thi tran" wins over "thi" and "thi xa" over "xa".</summary>
    public static readonly string[] KindWords =
        ["dac khu", "thi tran", "thi xa", "thanh pho", "phuong", "huyen", "quan", "tinh", "xa", "tp", "tt"];

    private static readonly string[] Prefixes = ["dang bo", "ban chap hanh dang bo", "dai hoi dai bieu dang bo", "dai hoi dang bo", "uy ban nhan dan", "ubnd"];

    public static UnitQuery Parse(string text)
    {
        var parts = text.Split([',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var head = VietnameseFold.Fold(parts.Length > 0 ? parts[0] : text);
        string? province = null;
        foreach (var part in parts.Skip(1))
        {
            var folded = VietnameseFold.Fold(part);
            foreach (var word in (string[])["tinh ", "thanh pho "])
                if (folded.StartsWith(word, StringComparison.Ordinal))
                    province = folded[word.Length..];
        }
        foreach (var prefix in Prefixes.OrderByDescending(p => p.Length))
            if (head.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                head = head[(prefix.Length + 1)..];
                break;
            }
        string? kind = null;
        foreach (var word in KindWords)
            if (head.StartsWith(word + " ", StringComparison.Ordinal))
            {
                kind = word switch { "tp" => "thanh pho", "tt" => "thi tran", _ => word };
                head = head[(word.Length + 1)..].Trim();
                break;
            }
        return new UnitQuery(kind, head, province);
    }
}
