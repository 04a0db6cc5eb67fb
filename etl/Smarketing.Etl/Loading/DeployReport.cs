namespace Smarketing.Etl.Loading;

/// <summary>What a deploy did, or would have done had it not been blocked.</summary>
public sealed class DeployReport
{
    /// <summary>Tables created.</summary>
    public List<string> TablesCreated { get; } = [];

    /// <summary>Columns added to existing tables (<c>schema.table.column</c>).</summary>
    public List<string> ColumnsAdded { get; } = [];

    /// <summary>Views (re)created.</summary>
    public List<string> ViewsCreated { get; } = [];

    /// <summary>Changes that would lose data (dropped tables/columns, changed types); they block the deploy unless allowed.</summary>
    public List<string> DataLossChanges { get; } = [];

    /// <summary>Views in a schema of the model (rpt, dw …) that the model does not define: someone's own, dropped by the deploy
    /// and listed with their definition so that they can be recreated in the <c>custom</c> schema, which a deploy never touches.</summary>
    public List<string> UserViewsDropped { get; } = [];

    /// <summary>Post-deployment statements executed.</summary>
    public int PostDeploymentStatements { get; set; }

    /// <summary>True when nothing was applied because of possible data loss.</summary>
    public bool Blocked { get; set; }
}
