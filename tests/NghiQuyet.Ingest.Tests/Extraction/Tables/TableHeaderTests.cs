using NghiQuyet.Ingest.Extraction.Tables;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

public class TableHeaderTests
{
    [Theory]
    [InlineData("TT Chỉ tiêu Đơn vị tính Chỉ tiêu NQ Đại hội XXIII Kết quả thực hiện Đánh giá", "Item Name Unit Target Actual Assessment")]
    [InlineData("STT Nội dung ĐVT Kế hoạch Thực hiện Tỷ lệ % Ghi chú", "Item Name Unit Target Actual Ratio Note")]
    [InlineData("TT Chỉ tiêu ĐVT Năm 2020 Mục tiêu NQ Năm 2025 Đánh giá", "Item Name Unit Baseline Target Actual Assessment")]
    [InlineData("TT Chỉ tiêu ĐVT Thực hiện 2020 Chỉ tiêu Nghị quyết Ước thực hiện năm 2025 So sánh", "Item Name Unit Baseline Target Actual Ratio")]
    [InlineData("TT Chỉ tiêu Đơn vị tính Mục tiêu đến năm 2030 Ghi chú", "Item Name Unit Target Note")]
    [InlineData("TT Chi tieu Don vi tinh Ke hoach Ket qua thuc hien Danh gia", "Item Name Unit Target Actual Assessment")]
    public void Reads_columns_in_order(string header, string expected) =>
        Assert.Equal(expected, string.Join(' ', TableHeader.FromText(header).Columns));

    [Fact]
    public void Tells_assessment_from_targets_tables()
    {
        Assert.True(TableHeader.FromText("TT Chỉ tiêu ĐVT Kế hoạch Thực hiện Đánh giá").IsAssessment);
        Assert.True(TableHeader.FromText("TT Chỉ tiêu ĐVT Mục tiêu đến 2030 Ghi chú").IsTargets);
        Assert.False(TableHeader.FromText("TT Họ và tên Chức vụ Ghi chú").IsAssessment);
        Assert.False(TableHeader.FromText("TT Họ và tên Chức vụ Ghi chú").IsTargets);
    }

    [Fact]
    public void Header_cells_are_classified_one_by_one() =>
        Assert.Equal("Item Name Unit Target Actual Assessment",
            string.Join(' ', TableHeader.FromCells(["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Đánh giá"]).Columns));
}
