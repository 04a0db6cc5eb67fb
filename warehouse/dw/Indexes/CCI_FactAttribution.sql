-- Clustered columnstore storage for dw.FactAttribution: compressed, batch-mode scans for large aggregations.
CREATE CLUSTERED COLUMNSTORE INDEX CCI_FactAttribution ON dw.FactAttribution;
