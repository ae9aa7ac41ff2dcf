using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Tests.Restoration;

public sealed class LmTrainerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-lm-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A tiny corpus in the report register: "tổ chức" and "tỷ lệ" are frequent, "tô chúc" never occurs.</summary>
    private string WriteCorpus()
    {
        string[] templates =
        [
            "Đảng bộ xã tổ chức đại hội lần thứ {0} thành công tốt đẹp.",
            "Tỷ lệ hộ nghèo giảm còn {0}%, tỷ lệ trẻ em đến trường đạt {0}%.",
            "Ủy ban nhân dân xã tổ chức thực hiện {0} công trình trọng điểm.",
            "Tổng thu ngân sách trên địa bàn đạt {0} tỷ đồng, tăng so với cùng kỳ.",
        ];
        var lines = new List<string>();
        for (var i = 0; i < 400; i++)
            lines.Add(string.Format(templates[i % templates.Length], i % 37 + 1));
        lines.Add("Hello world, this line is English and is dropped from training.");
        var path = Path.Combine(_dir, "corpus.txt");
        File.WriteAllLines(path, lines);
        File.WriteAllLines(Path.Combine(_dir, "units.csv"), ["code,name,full_name", "04159,Phiêng Pằn,Xã Phiêng Pằn", "04183,Mường Lầm,Xã Mường Lầm"]);
        return _dir;
    }

    private static byte[] Bytes(SyllableLanguageModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static string Table(OcrChannel channel)
    {
        var w = new StringWriter();
        channel.WriteTable(w);
        return w.ToString();
    }

    [Fact]
    public void Training_is_deterministic_and_the_model_round_trips()
    {
        var dir = WriteCorpus();
        var options = new LmTrainingOptions { MinBigramCount = 1, MinTrigramCount = 1, ChannelSentences = 200 };
        var (first, firstChannel) = LmTrainer.Train([dir], options);
        var (second, secondChannel) = LmTrainer.Train([dir], options);
        var bytes = Bytes(first);
        Assert.Equal(bytes, Bytes(second));
        Assert.Equal(Table(firstChannel), Table(secondChannel));
        // The channel table written by train-lm reads back to the same channel (the kernel ships it in this form).
        Assert.Equal(Table(firstChannel), Table(OcrChannel.ReadTable(new StringReader(Table(firstChannel)))));

        var loaded = SyllableLanguageModel.Load(new MemoryStream(bytes));
        Assert.Equal(first.VocabularySize, loaded.VocabularySize);
        Assert.Equal(first.TrigramCount, loaded.TrigramCount);
        Assert.Contains("pằn", loaded.Words);
        Assert.DoesNotContain("hello", loaded.Words);
    }

    [Fact]
    public void Model_prefers_what_it_was_trained_on_and_distributions_are_normalised()
    {
        var (model, _) = LmTrainer.Train([WriteCorpus()], new LmTrainingOptions { MinBigramCount = 1, MinTrigramCount = 1, ChannelSentences = 200 });
        int Id(string w) => model.IdOf(w);
        Assert.True(model.Log10(Id("xã"), Id("tổ"), Id("chức")) > model.Log10(Id("xã"), Id("tổ"), Id("chúc")) + 1);
        Assert.True(model.Log10(Id("tỷ"), Id("lệ"), Id("hộ")) > model.Log10(Id("tỷ"), Id("lệ"), Id("đại")));

        // Sum over the vocabulary of P(w | context) is 1 up to quantisation, for a seen and an unseen context.
        foreach (var (a, b) in new[] { (Id("xã"), Id("tổ")), (Id("đồng"), Id("xã")) })
        {
            var sum = Enumerable.Range(0, model.VocabularySize).Where(w => w != SyllableLanguageModel.BosId)
                .Sum(w => Math.Pow(10, model.Log10(a, b, w)));
            Assert.InRange(sum, 0.8, 1.2);
        }
    }

    [Fact]
    public void A_restorer_trained_on_the_tiny_corpus_restores_its_phrases()
    {
        var (model, channel) = LmTrainer.Train([WriteCorpus()], new LmTrainingOptions { MinBigramCount = 1, MinTrigramCount = 1, ChannelSentences = 200 });
        var restorer = new ToneRestorer(model, channel);
        Assert.Equal("Ủy ban nhân dân xã tổ chức thực hiện 12 công trình trọng điểm.",
            restorer.Restore("Uy ban nhan dan xa to chuc thuc hien 12 cong trinh trong diem."));
    }
}
