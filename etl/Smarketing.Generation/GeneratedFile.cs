namespace Smarketing.Generation;

/// <summary>One export file written by the generator.</summary>
/// <param name="Name">File name inside the output folder, e.g. <c>Lead.csv</c>.</param>
/// <param name="Rows">Data rows, header excluded (a quoted field with an embedded newline is still one row).</param>
/// <param name="Bytes">Size of the file on disk.</param>
public sealed record GeneratedFile(string Name, long Rows, long Bytes);
