using System.Text;

namespace NghiQuyet.Ingest.Tests.Reading;

/// <summary>
/// Vietnamese fixture text of our own, in the canonical form the reader produces (NFC, tone on the first vowel of an
/// open oa/oe/uy), and encoders into the legacy encodings written independently of the product's decoders: the tables
/// below are laid out per vowel and tone, the product's per byte.
/// </summary>
internal static class LegacyEncoders
{
    /// <summary>Only capitals that TCVN3 (VN3 fonts) can write: ASCII and Ă Â Ê Ô Ơ Ư Đ.</summary>
    public static readonly string[] LowerCaseLines =
    [
        "Đảng bộ xã lãnh đạo nhân dân thực hiện thắng lợi nghị quyết đại hội lần thứ nhất, nhiệm kỳ 2025 - 2030.",
        "Tỷ lệ hộ nghèo giảm bình quân 3,5%/năm; thu nhập bình quân đầu người đạt 65 triệu đồng.",
        "Ưu tiên xây dựng kết cấu hạ tầng, đường giao thông nông thôn, trường học và trạm y tế.",
        "Giữ vững ổn định chính trị, bảo đảm quốc phòng, an ninh; chăm lo sức khỏe nhân dân.",
        "Những người ở vùng cao được hỗ trợ về giống cây trồng, vật nuôi; ruộng bậc thang được mở rộng thêm.",
        "Ban chấp hành phối hợp với ủy ban nhân dân xã, Mặt trận Tổ quốc tuyên truyền về công tác thủy lợi, văn hóa, nghĩa vụ quân sự.",
        "Ông Âu Ơn ở Ê Đê, Ăn uống đủ chất; Ướt át.",
        "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị",
        "o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ",
    ];

    public static readonly string[] UpperCaseLines =
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "À Á Ả Ã Ạ Ằ Ắ Ẳ Ẵ Ặ Ầ Ấ Ẩ Ẫ Ậ È É Ẻ Ẽ Ẹ Ề Ế Ể Ễ Ệ Ì Í Ỉ Ĩ Ị Ò Ó Ỏ Õ Ọ Ồ Ố Ổ Ỗ Ộ Ờ Ớ Ở Ỡ Ợ Ù Ú Ủ Ũ Ụ Ừ Ứ Ử Ữ Ự Ỳ Ý Ỷ Ỹ Ỵ",
    ];

    public static string[] AllLines => [.. LowerCaseLines, .. UpperCaseLines];

    private static readonly Dictionary<char, byte> Tcvn3 = BuildTcvn3();

    private static Dictionary<char, byte> BuildTcvn3()
    {
        // Each row: the toneless vowel, then its grave, hook, tilde, acute, dot-below forms, with their VN3 bytes.
        (string Letters, byte[] Bytes)[] rows =
        [
            ("aàảãáạ", [(byte)'a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
            ("ăằẳẵắặ", [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
            ("âầẩẫấậ", [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
            ("eèẻẽéẹ", [(byte)'e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
            ("êềểễếệ", [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
            ("iìỉĩíị", [(byte)'i', 0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
            ("oòỏõóọ", [(byte)'o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
            ("ôồổỗốộ", [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
            ("ơờởỡớợ", [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
            ("uùủũúụ", [(byte)'u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
            ("ưừửữứự", [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
            ("yỳỷỹýỵ", [(byte)'y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
            ("đĂÂÊÔƠƯĐ", [0xAE, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7]),
        ];
        var map = new Dictionary<char, byte>();
        foreach (var (letters, bytes) in rows)
        {
            for (var i = 0; i < letters.Length; i++)
                map[letters[i]] = bytes[i];
        }
        return map;
    }

    public static byte[] EncodeTcvn3(string text)
    {
        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x80)
                bytes.Add((byte)c);
            else if (Tcvn3.TryGetValue(c, out var b))
                bytes.Add(b);
            else
                throw new ArgumentException($"TCVN3 cannot write '{c}'");
        }
        return [.. bytes];
    }

    // VNI-Windows mark bytes, lower case / upper case, in tone order grave, acute, hook, tilde, dot below.
    private static readonly byte[] ToneLower = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF];
    private static readonly byte[] ToneUpper = [0xD8, 0xD9, 0xDB, 0xD5, 0xCF];
    private static readonly byte[] HatToneLower = [0xE0, 0xE1, 0xE5, 0xE3, 0xE4];
    private static readonly byte[] HatToneUpper = [0xC0, 0xC1, 0xC5, 0xC3, 0xC4];
    private static readonly byte[] BreveToneLower = [0xE8, 0xE9, 0xFA, 0xFC, 0xEB];
    private static readonly byte[] BreveToneUpper = [0xC8, 0xC9, 0xDA, 0xDC, 0xCB];
    private static readonly byte[] IToneLower = [0xEC, 0xED, 0xE6, 0xF3, 0xF2];
    private static readonly byte[] IToneUpper = [0xCC, 0xCD, 0xC6, 0xD3, 0xD2];

    private static int ToneIndex(char mark) => mark switch
    {
        '\u0300' => 0,
        '\u0301' => 1,
        '\u0309' => 2,
        '\u0303' => 3,
        '\u0323' => 4,
        _ => -1,
    };

    public static byte[] EncodeVni(string text)
    {
        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x80)
            {
                bytes.Add((byte)c);
                continue;
            }
            if (c is 'đ' or 'Đ')
            {
                bytes.Add(c == 'đ' ? (byte)0xF1 : (byte)0xD1);
                continue;
            }
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var letter = d[0];
            var upper = char.IsUpper(letter);
            var lower = char.ToLowerInvariant(letter);
            var hat = d.Contains('\u0302');
            var breve = d.Contains('\u0306');
            var horn = d.Contains('\u031B');
            var tone = d.Skip(1).Select(ToneIndex).FirstOrDefault(t => t >= 0, -1);
            if (lower == 'i')
            {
                bytes.Add(tone < 0 ? (byte)letter : (upper ? IToneUpper : IToneLower)[tone]);
                continue;
            }
            if (horn)
                bytes.Add(lower == 'o' ? (upper ? (byte)0xD4 : (byte)0xF4) : (upper ? (byte)0xD6 : (byte)0xF6));
            else
                bytes.Add((byte)letter);
            if (hat)
                bytes.Add(tone < 0 ? (upper ? (byte)0xC2 : (byte)0xE2) : (upper ? HatToneUpper : HatToneLower)[tone]);
            else if (breve)
                bytes.Add(tone < 0 ? (upper ? (byte)0xCA : (byte)0xEA) : (upper ? BreveToneUpper : BreveToneLower)[tone]);
            else if (tone >= 0)
                bytes.Add((upper ? ToneUpper : ToneLower)[tone]);
        }
        return [.. bytes];
    }

    /// <summary>Windows-1258: letters with hat, breve or horn are single bytes, tones are separate combining bytes.</summary>
    public static byte[] EncodeWindows1258(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1258 = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = d.Skip(1).Select(ToneIndex).FirstOrDefault(t => t >= 0, -1);
            var bare = new string(d.Where(m => ToneIndex(m) < 0).ToArray()).Normalize(NormalizationForm.FormC);
            bytes.AddRange(cp1258.GetBytes(bare));
            if (tone >= 0)
                bytes.Add(tone switch { 0 => 0xCC, 1 => 0xEC, 2 => 0xD2, 3 => 0xDE, _ => 0xF2 });
        }
        return [.. bytes];
    }
}
