using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Tests.Restoration;

public class ToneMarkDetectorTests
{
    [Fact]
    public void Text_with_its_marks_is_not_stripped() =>
        Assert.False(ToneMarkDetector.LooksStripped(["Tỷ lệ hộ nghèo giảm còn dưới 12% vào cuối nhiệm kỳ."]));

    [Fact]
    public void Text_without_marks_is_stripped() =>
        Assert.True(ToneMarkDetector.LooksStripped(["Ty le ho ngheo giam con duoi 12% vao cuoi nhiem ky."]));

    [Fact]
    public void Ocr_text_with_a_few_stray_marks_is_stripped() =>
        Assert.True(ToneMarkDetector.LooksStripped(["Dai hoi dai biéu Pang bo xa lan thir nhat dugc té chirc vao thoi diém quan trong"]));

    [Fact]
    public void Ocr_text_whose_only_marks_are_e_acute_is_stripped() =>
        Assert.True(ToneMarkDetector.LooksStripped(["Nhiém ky qua, hé théng chinh tri tiép tuc dugc cling cé, két qua dat dugc toan dién."]));

    [Fact]
    public void Decomposed_text_counts_its_combining_marks() =>
        Assert.False(ToneMarkDetector.LooksStripped(["Tỷ lệ hộ nghèo giảm còn dưới 12% vào cuối nhiệm kỳ.".Normalize(System.Text.NormalizationForm.FormD)]));

    [Fact]
    public void Too_little_text_is_never_called_stripped() =>
        Assert.False(ToneMarkDetector.LooksStripped(["2025", "a"]));
}
