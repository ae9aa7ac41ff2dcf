using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Tests.Evaluation;

public class ProvinceRollupTests
{
    private static Indicator Key(string key) => IndicatorCatalog.Default.Find(key)!;

    [Fact]
    public void A_share_is_the_ratio_of_summed_numerators_and_denominators_never_an_average_of_percentages()
    {
        // Poor households: Xã Tân Lập 100 of 1.000 (10%), Xã Mường Chiên 50 of 100 (50%): the province has 150/1.100 = 13,6%,
        // not the 30% an average of the two percentages would say.
        CommuneFigure[] communes =
        [
            new("14101", "Xã Tân Lập", null, 100, 1000),
            new("14102", "Xã Mường Chiên", null, 50, 100),
        ];
        var result = ProvinceRollup.Aggregate(Key("poverty_rate"), communes);
        Assert.Equal(13.64m, Math.Round(result.Aggregate!.Value, 2));
        Assert.Equal(2, result.Included);
    }

    [Fact]
    public void A_percentage_without_its_denominator_is_left_out_and_listed()
    {
        CommuneFigure[] communes =
        [
            new("14101", "Xã Tân Lập", 10, null, 1000),
            new("14103", "Xã Chiềng Sại", 40),
        ];
        var result = ProvinceRollup.Aggregate(Key("poverty_rate"), communes);
        Assert.Equal(10m, result.Aggregate);
        Assert.Equal(["14103"], result.Excluded);
    }

    [Fact]
    public void Sum_weighted_mean_min_and_not_aggregable()
    {
        CommuneFigure[] communes =
        [
            new("1", "Xã Một", 20, Population: 1000),
            new("2", "Xã Hai", 40, Population: 3000),
            new("3", "Xã Ba", null),
        ];
        Assert.Equal(60m, ProvinceRollup.Aggregate(Key("livestock_herd"), communes).Aggregate);
        Assert.Equal(35m, ProvinceRollup.Aggregate(Key("income_per_capita"), communes).Aggregate);
        Assert.Equal(20m, ProvinceRollup.Aggregate(Key("new_rural_criteria"), communes).Aggregate);
        Assert.Null(ProvinceRollup.Aggregate(Key("commune_health_standard"), communes).Aggregate);
        Assert.Equal(["3"], ProvinceRollup.Aggregate(Key("livestock_herd"), communes).Excluded);
    }

    [Fact]
    public void Distribution_and_the_communes_that_pull_it_down_by_direction()
    {
        CommuneFigure[] communes =
        [
            new("1", "Xã Một", null, 5, 100),
            new("2", "Xã Hai", null, 30, 100),
            new("3", "Xã Ba", null, 10, 100),
            new("4", "Xã Bốn", null, 15, 100),
        ];
        var target = new TargetSpec(TargetOp.LessThan, 10, null, "%", 2030, IndicatorDirection.LowerIsBetter, "poverty_rate", true);
        var result = ProvinceRollup.Aggregate(Key("poverty_rate"), communes, target, provinceFigure: 14);
        Assert.Equal(15m, result.Aggregate);
        Assert.Equal(new Distribution(4, 5, 8.75m, 12.5m, 18.75m, 30), result.Distribution);
        // Poverty is lower-is-better: the communes above the province's 15% pull it down, the worst first.
        Assert.Equal(["2"], result.PullingDown.Select(c => c.Code));
        Assert.Equal(Verdict.NotMet, result.AgainstTarget?.Verdict);
        Assert.Equal(14m, result.ProvinceFigure);
    }
}
