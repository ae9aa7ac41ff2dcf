using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NghiQuyet.Data.Migrations.Postgres
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
                type: "text",
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
