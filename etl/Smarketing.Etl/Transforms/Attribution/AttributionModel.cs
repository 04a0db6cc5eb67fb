using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>
/// Splits an opportunity's credit over its touch path. Position-based rules (docs/METRICS.md): a named position holds its weight
/// (a touch holding several positions adds them up); a vacant lead-creation position gives its weight to the first touch and a
/// vacant closed-won position to the opportunity-creation touch; the middle weight is split equally over the touches that hold no
/// named position, and when there are none the weights present are scaled to sum to 1. Shares are rounded to 6 places and the
/// rounding remainder goes to the largest share (the earliest of equals), so every opportunity's shares sum to exactly 1.
/// </summary>
public sealed class AttributionModel
{
    private AttributionModel(string name, string type, PositionWeights? weights, decimal? halfLifeDays)
    {
        Name = name;
        Type = type;
        PositionWeights = weights;
        HalfLifeDays = halfLifeDays;
    }

    /// <summary>Model name (dw.DimAttributionModel.ModelName).</summary>
    public string Name { get; }

    /// <summary>FirstTouch, LeadCreation, LastTouch, Linear, PositionBased or TimeDecay.</summary>
    public string Type { get; }

    /// <summary>The position weights; single-position models are position-based with that position at 1. Null for Linear and TimeDecay.</summary>
    public PositionWeights? PositionWeights { get; }

    /// <summary>TimeDecay: days after which a touch's weight halves.</summary>
    public decimal? HalfLifeDays { get; }

    /// <summary>True when the path runs on to the won instant (a closed-won weight above 0: full path).</summary>
    public bool UsesClosedWon => PositionWeights is { ClosedWon: > 0m };

    /// <summary>The model a configured definition describes.</summary>
    public static AttributionModel From(AttributionModelDefinition d) => new(d.Name, d.Type, d.Type switch
    {
        "FirstTouch" => new PositionWeights(1m, 0m, 0m, 0m, 0m),
        "LeadCreation" => new PositionWeights(0m, 1m, 0m, 0m, 0m),
        "LastTouch" => new PositionWeights(0m, 0m, 1m, 0m, 0m),
        "PositionBased" => new PositionWeights(d.FirstTouch ?? 0m, d.LeadCreation ?? 0m, d.OpportunityCreation ?? 0m, d.ClosedWon ?? 0m, d.Middle ?? 0m),
        _ => null,
    }, d.HalfLifeDays);

    /// <summary>The shares of the touches on <paramref name="path"/> (only shares above 0); empty when no touch precedes the creation.</summary>
    public IReadOnlyList<WeightedTouch> Weigh(TouchPath path)
    {
        if (path.BeforeCreation == 0)
        {
            return [];
        }

        var count = UsesClosedWon && path.ClosedWon is { } cw ? cw + 1 : path.BeforeCreation;
        var raw = new decimal[count];
        var labels = new List<string>[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = [];
        }

        if (PositionWeights is { } w)
        {
            Positions(path, w, raw, labels);
        }
        else if (Type == "TimeDecay")
        {
            for (var i = 0; i < count; i++)
            {
                var ageDays = (path.CreatedAtUtc - path.Touches[i].AtUtc).TotalDays;
                raw[i] = (decimal)Math.Pow(2, -ageDays / (double)HalfLifeDays!.Value);
            }
        }
        else
        {
            Array.Fill(raw, 1m);
        }

        var weights = Rounded(raw);
        var result = new List<WeightedTouch>(count);
        for (var i = 0; i < count; i++)
        {
            if (weights[i] > 0m)
            {
                result.Add(new WeightedTouch(i, weights[i], labels[i].Count == 0 ? "Middle" : string.Join("+", labels[i])));
            }
        }

        return result;
    }

    private static void Positions(TouchPath path, PositionWeights w, decimal[] raw, List<string>[] labels)
    {
        void Hold(int? index, decimal weight, string name)
        {
            if (index is { } i && weight > 0m && i < raw.Length)
            {
                raw[i] += weight;
                labels[i].Add(name);
            }
        }

        Hold(path.FirstTouch, w.FirstTouch, "FirstTouch");
        Hold(path.LeadCreation ?? path.FirstTouch, w.LeadCreation, path.LeadCreation is null ? "LeadCreation(vacant)" : "LeadCreation");
        Hold(path.OpportunityCreation, w.OpportunityCreation, "OpportunityCreation");
        Hold(path.ClosedWon ?? path.OpportunityCreation, w.ClosedWon, path.ClosedWon is null ? "ClosedWon(vacant)" : "ClosedWon");
        var middle = Enumerable.Range(0, raw.Length).Where(i => labels[i].Count == 0).ToList();
        foreach (var i in middle)
        {
            raw[i] = w.Middle / middle.Count;
        }
    }

    /// <summary>Scales to sum 1, rounds to 6 places, and puts the remainder on the largest share (the earliest of equals).</summary>
    internal static decimal[] Rounded(decimal[] raw)
    {
        var total = raw.Sum();
        var weights = raw.Select(r => decimal.Round(r / total, 6, MidpointRounding.ToEven)).ToArray();
        var largest = 0;
        for (var i = 1; i < weights.Length; i++)
        {
            if (weights[i] > weights[largest])
            {
                largest = i;
            }
        }

        weights[largest] += 1m - weights.Sum();
        return weights;
    }
}
