using NghiQuyet.Core;
using NghiQuyet.Core.Units;

namespace NghiQuyet.Data.Storage;

/// <summary>One line per unit for people: "04183  Xã Mường Lầm (Tỉnh Sơn La) — trước đây: Xã Đứa Mòn, Huyện Sông Mã".</summary>
public static class UnitText
{
    public static string Describe(UnitMatch match)
    {
        var text = $"  {match.Unit.Code,-6} {match.Unit.FullName}";
        if (match.Province is { } province)
            text += $" ({province.FullName})";
        if (match.Via is { } via)
            text += " — " + string.Format(Messages.UnitFormerly, via);
        return text;
    }
}
