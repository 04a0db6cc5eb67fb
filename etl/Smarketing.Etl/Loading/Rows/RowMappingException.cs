namespace Smarketing.Etl.Loading.Rows;

/// <summary>A row record does not match the deployed model (a column renamed, retyped or made NOT NULL): the code and the DACPAC
/// disagree, so no batch may start. The message lists every mismatch, one per line, each naming the table and the column.</summary>
public sealed class RowMappingException : InvalidOperationException
{
    /// <summary>Creates the exception from the list of mismatches.</summary>
    public RowMappingException(IReadOnlyList<string> problems)
        : base("The ETL's row records do not match the warehouse model (redeploy the DACPAC the ETL was built with):"
            + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RowMappingException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RowMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception with no detail.</summary>
    public RowMappingException()
        : this("The ETL's row records do not match the warehouse model.")
    {
    }

    /// <summary>One line per mismatch.</summary>
    public IReadOnlyList<string> Problems { get; }
}
