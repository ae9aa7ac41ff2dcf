using NghiQuyet.Core.Catalog;

namespace NghiQuyet.Core.Tests.Catalog;

public class IndicatorCatalogTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Default;

    [Fact]
    public void Has_at_least_60_indicators_with_unique_keys_names_and_units()
    {
        Assert.True(Catalog.Indicators.Count >= 60, $"{Catalog.Indicators.Count} indicators");
        Assert.Equal(Catalog.Indicators.Count, Catalog.Indicators.Select(i => i.Key).Distinct().Count());
        Assert.All(Catalog.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Name)));
        Assert.All(Catalog.Indicators.Where(i => i.Unit.Length > 0), i => Assert.True(NghiQuyet.Core.Catalog.Units.Parse(i.Unit).IsKnown, $"{i.Key}: {i.Unit}"));
    }

    [Theory]
    [InlineData("poverty_rate", IndicatorDirection.LowerIsBetter, AggregationRule.Ratio)]
    [InlineData("child_malnutrition", IndicatorDirection.LowerIsBetter, AggregationRule.Ratio)]
    [InlineData("agricultural_labour_share", IndicatorDirection.LowerIsBetter, AggregationRule.Ratio)]
    [InlineData("criminal_cases", IndicatorDirection.LowerIsBetter, AggregationRule.Sum)]
    [InlineData("income_per_capita", IndicatorDirection.HigherIsBetter, AggregationRule.PopulationWeightedMean)]
    [InlineData("forest_cover", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("health_insurance", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("new_rural_criteria", IndicatorDirection.HigherIsBetter, AggregationRule.Min)]
    [InlineData("standard_schools", IndicatorDirection.HigherIsBetter, AggregationRule.Sum)]
    [InlineData("clean_water", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("hygienic_water", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("solid_waste_collection", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("digitised_records", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("full_online_services", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("new_party_members", IndicatorDirection.HigherIsBetter, AggregationRule.Sum)]
    [InlineData("party_orgs_good", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("budget_revenue", IndicatorDirection.HigherIsBetter, AggregationRule.Sum)]
    [InlineData("grdp", IndicatorDirection.HigherIsBetter, AggregationRule.Sum)]
    [InlineData("trained_labour", IndicatorDirection.HigherIsBetter, AggregationRule.Ratio)]
    [InlineData("population_growth", IndicatorDirection.Band, AggregationRule.PopulationWeightedMean)]
    [InlineData("commune_health_standard", IndicatorDirection.HigherIsBetter, AggregationRule.None)]
    public void Canonical_indicators_of_the_issue_with_direction_and_rollup_rule(string key, IndicatorDirection direction, AggregationRule rule)
    {
        var indicator = Catalog.Find(key);
        Assert.NotNull(indicator);
        Assert.Equal(direction, indicator.Direction);
        Assert.Equal(rule, indicator.Aggregation);
    }

    [Fact]
    public void A_share_is_never_summed_or_averaged_unweighted()
    {
        Assert.All(Catalog.Indicators.Where(i => i.IsShare),
            i => Assert.Contains(i.Aggregation, new[] { AggregationRule.Ratio, AggregationRule.PopulationWeightedMean, AggregationRule.Min, AggregationRule.Max, AggregationRule.None }));
    }

    [Fact]
    public void An_administrator_file_adds_indicators_replaces_by_key_and_adds_abbreviations()
    {
        const string extra = """
            {
              "abbreviations": { "ATTP": "an toàn thực phẩm" },
              "indicators": [
                { "key": "food_safety_incidents", "name": "Số vụ ngộ độc thực phẩm", "aliases": ["vụ ngộ độc ATTP"],
                  "unit": "vụ", "direction": "lower", "group": "society", "aggregation": "sum" },
                { "key": "forest_cover", "name": "Tỷ lệ che phủ rừng (kể cả cây ăn quả trên đất dốc)", "unit": "%",
                  "direction": "higher", "group": "environment", "aggregation": "ratio" }
              ]
            }
            """;
        var extended = Catalog.WithOverrides(extra);
        Assert.True(extended.Success, extended.Error);
        Assert.Equal(Catalog.Indicators.Count + 1, extended.Value.Indicators.Count);
        Assert.Equal("Tỷ lệ che phủ rừng (kể cả cây ăn quả trên đất dốc)", extended.Value.Find("forest_cover")!.Name);
        var match = new IndicatorMatcher(extended.Value).Match("Số vụ ngộ độc an toàn thực phẩm", "vụ");
        Assert.Equal("food_safety_incidents", match.Key);
    }

    [Theory]
    [InlineData("{ not json", "không hợp lệ")]
    [InlineData("""{"indicators": [{"key": "", "name": "x"}]}""", "thiếu mã")]
    [InlineData("""{"indicators": [{"key": "a", "name": "x"}, {"key": "a", "name": "y"}]}""", "hai lần")]
    public void A_bad_administrator_file_is_refused_with_a_vietnamese_message(string json, string expected)
    {
        var result = Catalog.WithOverrides(json);
        Assert.False(result.Success);
        Assert.Contains(expected, result.Error);
    }
}
