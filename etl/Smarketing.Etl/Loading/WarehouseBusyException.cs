namespace Smarketing.Etl.Loading;

/// <summary>Another run holds the warehouse (DuckDB file lock or SQL Server application lock).</summary>
public sealed class WarehouseBusyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WarehouseBusyException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public WarehouseBusyException() { }

    /// <summary>Creates the exception.</summary>
    public WarehouseBusyException(string message) : base(message) { }
}
