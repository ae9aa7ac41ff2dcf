using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NghiQuyet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TargetConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Targets",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Cue",
                table: "Targets",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "Cue",
                table: "Targets");
        }
    }
}
