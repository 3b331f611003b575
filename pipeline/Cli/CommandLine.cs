using System.CommandLine;
using JuneBudget.Orchestration;

namespace JuneBudget.Cli;

/// <summary>The command-line entry: `build`, `validate`, `check`, `init` (System.CommandLine 2.0).</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        var input = new Option<DirectoryInfo>("--input")
        {
            Description = "输入文件夹（含各单位决算工作簿，含子文件夹），默认为仓库的 input/",
            DefaultValueFactory = _ => new DirectoryInfo(RepositoryPaths.Input),
        };
        var output = new Option<DirectoryInfo>("--output")
        {
            Description = "输出文件夹，默认为仓库的 output/",
            DefaultValueFactory = _ => new DirectoryInfo(RepositoryPaths.Output),
        };
        var templates = new Option<DirectoryInfo>("--templates")
        {
            Description = "模板文件夹，默认为仓库的 templates/",
            DefaultValueFactory = _ => new DirectoryInfo(RepositoryPaths.Templates),
        };
        var strict = new Option<bool>("--strict") { Description = "正式发布前使用：任一单位不可发布时以非零退出码结束" };
        var verbose = new Option<bool>("--verbose") { Description = "在控制台显示调试信息" };
        var pdf = new Option<bool>("--pdf") { Description = "同时用 LibreOffice 生成 PDF（与 Word 稿同名），Word 稿的目录填入页码" };

        var build = new Command("build", "读取、校验并生成各单位的部门决算公开说明（Word、HTML）和审核材料")
        {
            input, output, templates, strict, verbose, pdf,
        };
        build.SetAction(r => BuildRun.Execute(new BuildSettings(
            r.GetValue(input)!.FullName, r.GetValue(output)!.FullName, r.GetValue(templates)!.FullName,
            r.GetValue(strict), r.GetValue(verbose)) { Pdf = r.GetValue(pdf) }));

        // validate renders no document, so it takes no --templates.
        var validate = new Command("validate", "只读取和校验工作簿，输出校验结果（JSON 和 HTML）")
        {
            input, output, verbose,
        };
        validate.SetAction(r => ValidateRun.Execute(new BuildSettings(
            r.GetValue(input)!.FullName, r.GetValue(output)!.FullName, RepositoryPaths.Templates,
            Strict: false, r.GetValue(verbose))));

        // check reads the drafts of an earlier build in --output and renders what the workbook says now.
        var draft = new Option<FileInfo?>("--draft") { Description = "要核对的一份非本程序生成的说明（.docx 或 .pdf），与 --input 中该单位的工作簿核对；不给 --input 时只核对文中数字与其所附公开表、与其自身的计算是否一致" };
        var check = new Command("check", "核对审核人修改过的 Word 草稿：其中的数字、句子和表格是否与工作簿现在的数据一致")
        {
            input, output, templates, draft, verbose,
        };
        check.SetAction(r => CheckRun.Execute(new BuildSettings(
            r.GetValue(input)!.FullName, r.GetValue(output)!.FullName, r.GetValue(templates)!.FullName,
            Strict: false, r.GetValue(verbose)), r.GetValue(draft)?.FullName, alone: r.GetResult(input) is null or { Implicit: true }));

        var unit = new Option<string>("--unit") { Description = "单位全称", Required = true };
        var year = new Option<int>("--year") { Description = "决算年度，如 2024", Required = true };
        var outFile = new Option<FileInfo?>("--out") { Description = "输出文件，默认 input/⟨单位⟩⟨年度⟩年度部门决算.xlsx" };
        var init = new Command("init", "生成一个空白的输入工作簿（各工作表、表头、标签和填写说明齐全）")
        {
            unit, year, outFile,
        };
        init.SetAction(r => InitRun.Execute(r.GetValue(unit)!, r.GetValue(year), r.GetValue(outFile)?.FullName));

        var root = new RootCommand("JuneBudget：由部门决算工作簿生成《部门决算公开说明》（Word、HTML），数字逐一校验")
        {
            build, validate, check, init,
        };
        return root.Parse(args).Invoke();
    }
}
