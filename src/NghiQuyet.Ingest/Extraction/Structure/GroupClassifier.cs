using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Ingest.Extraction.Structure;

/// <summary>
/// Which group a heading names ("3.1. Các chỉ tiêu về kinh tế" → economy; "xã hội, môi trường" → both), and, where a
/// heading covers several groups or there is none, which group an indicator belongs to by its topic.
/// </summary>
public static partial class GroupClassifier
{
    [GeneratedRegex(@"\bx\wy d\wng (?:d\wng|chinh quyen|he thong)|\bchinh tri\b|\bchinh quyen\b|\bmat tran\b|\bdoan the\b|\b[dp]ang\b", RegexOptions.CultureInvariant)]
    private static partial Regex Party();

    [GeneratedRegex(@"\bquoc phong\b|\bquan su\b|\ban ninh\b", RegexOptions.CultureInvariant)]
    private static partial Regex Defense();

    [GeneratedRegex(@"\bm\wi tr\w{1,3}ng\b|\btai nguyen\b", RegexOptions.CultureInvariant)]
    private static partial Regex Environment();

    [GeneratedRegex(@"\bx[a-z] h[a-z]i\b|\bvan hoa\b|\by te\b|\bgiao duc\b", RegexOptions.CultureInvariant)]
    private static partial Regex Society();

    [GeneratedRegex(@"\bkinh t\w?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Economy();

    [GeneratedRegex(@"^(?:(?:cac|nhom|chi tieu|chu yeu|ve|v[a-z]|linh vuc|cong tac|phat trien|nhiem vu|mot so|muc tieu)\s+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    /// <summary>The groups a heading names, in the order they are written; empty when it names none.</summary>
    public static IReadOnlyList<TargetGroup> FromHeading(string folded)
    {
        var text = folded.Trim();
        var lead = Lead().Match(text);
        // A heading names its group near its start ("Về kinh tế", "Chỉ tiêu xã hội"), not in a long sentence.
        if (text.Length > 160)
            return [];
        var found = new List<(int Index, TargetGroup Group)>();
        void Add(Regex r, TargetGroup g)
        {
            var m = r.Match(text);
            if (m.Success) found.Add((m.Index, g));
        }
        // "xây dựng Đảng và hệ thống chính trị - xã hội": the party group swallows "xã hội" and "an ninh" said within it.
        Add(Party(), TargetGroup.PartyBuilding);
        if (found.Count == 1 && found[0].Index <= lead.Length + 2)
            return [TargetGroup.PartyBuilding];
        found.Clear();
        Add(Economy(), TargetGroup.Economy);
        Add(Society(), TargetGroup.Society);
        Add(Environment(), TargetGroup.Environment);
        Add(Defense(), TargetGroup.DefenseSecurity);
        Add(Party(), TargetGroup.PartyBuilding);
        return found.OrderBy(f => f.Index).Select(f => f.Group).Distinct().ToList();
    }

    [GeneratedRegex(@"chat thai|rac thai|nuoc sach|nuoc sinh hoat|hop ve sinh|ve sinh moi truong|moi truong|che phu rung|\brung\b|cay xanh|o nhiem|bao bi thuoc|khi thai|nuoc thai", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentTopic();

    [GeneratedRegex(@"quoc phong|quan su|tuyen quan|nhap ngu|dan quan|an ninh trat tu|toi pham", RegexOptions.CultureInvariant)]
    private static partial Regex DefenseTopic();

    [GeneratedRegex(@"dang vien|to chuc co so dang|chi bo|dang bo|can bo|cong chuc|mat tran|doan the|chinh tri", RegexOptions.CultureInvariant)]
    private static partial Regex PartyTopic();

    [GeneratedRegex(@"ngan sach|san luong|dien tich|doanh nghiep|hop tac xa|htx|du lich|tang truong|gia tri san xuat|ocop|dan gia suc|dan gia cam|giao thong|duong|thu nhap|kinh te|tong san pham|grdp|gdp|xuat khau|von dau tu|nang suat|do thi hoa|cong nghiep|dich vu|thuong mai", RegexOptions.CultureInvariant)]
    private static partial Regex EconomyTopic();

    [GeneratedRegex(@"ho ngheo|bao hiem|truong|y te|lao dong|nong thon moi|van hoa|dich vu cong|thu tuc hanh chinh|so hoa|ma tuy|dan so|hoc sinh|dien luoi|internet|the thao|khoa hoc", RegexOptions.CultureInvariant)]
    private static partial Regex SocietyTopic();

    /// <summary>The group of an indicator under a heading naming <paramref name="headingGroups"/>.</summary>
    public static TargetGroup Resolve(IReadOnlyList<TargetGroup> headingGroups, string foldedName)
    {
        if (headingGroups.Count == 1)
            return headingGroups[0];
        var candidates = headingGroups.Count > 0 ? headingGroups : [TargetGroup.Environment, TargetGroup.DefenseSecurity, TargetGroup.PartyBuilding, TargetGroup.Economy, TargetGroup.Society];
        foreach (var (group, topic) in Topics)
        {
            if (candidates.Contains(group) && topic.IsMatch(foldedName))
                return group;
        }
        return headingGroups.Count > 0 ? headingGroups[0] : TargetGroup.Other;
    }

    private static readonly (TargetGroup, Regex)[] Topics =
    [
        (TargetGroup.Environment, EnvironmentTopic()),
        (TargetGroup.DefenseSecurity, DefenseTopic()),
        (TargetGroup.PartyBuilding, PartyTopic()),
        (TargetGroup.Economy, EconomyTopic()),
        (TargetGroup.Society, SocietyTopic()),
    ];
}
