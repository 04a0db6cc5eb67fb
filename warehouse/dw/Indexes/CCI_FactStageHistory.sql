-- Clustered columnstore storage for dw.FactStageHistory: compressed, batch-mode scans for large aggregations.
CREATE CLUSTERED COLUMNSTORE INDEX CCI_FactStageHistory ON dw.FactStageHistory;
