using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NghiQuyet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceFileText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "SourceFiles",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Text",
                table: "SourceFiles");
        }
    }
}
