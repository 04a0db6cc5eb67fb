-- Clustered columnstore storage for dw.FactPipelineSnapshot: compressed, batch-mode scans for large aggregations.
CREATE CLUSTERED COLUMNSTORE INDEX CCI_FactPipelineSnapshot ON dw.FactPipelineSnapshot;
