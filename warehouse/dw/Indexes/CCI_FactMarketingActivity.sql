-- Clustered columnstore storage for dw.FactMarketingActivity: compressed, batch-mode scans for large aggregations.
CREATE CLUSTERED COLUMNSTORE INDEX CCI_FactMarketingActivity ON dw.FactMarketingActivity;
