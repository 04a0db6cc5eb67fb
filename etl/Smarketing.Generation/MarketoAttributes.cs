using System.Globalization;
using System.Text;

namespace Smarketing.Generation;

/// <summary>Builds the JSON object of an activity's <c>attributes</c> column in one reused buffer (no per-row allocations).</summary>
internal sealed class MarketoAttributes
{
    private bool _first = true;

    public StringBuilder Text { get; } = new(256);

    public MarketoAttributes Begin()
    {
        Text.Clear().Append('{');
        _first = true;
        return this;
    }

    public MarketoAttributes Add(string name, string value)
    {
        Name(name).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': Text.Append("\\\""); break;
                case '\\': Text.Append("\\\\"); break;
                case '\n': Text.Append("\\n"); break;
                case '\r': Text.Append("\\r"); break;
                default: Text.Append(c); break;
            }
        }

        Text.Append('"');
        return this;
    }

    public MarketoAttributes Add(string name, long value)
    {
        Name(name).Append(CultureInfo.InvariantCulture, $"{value}");
        return this;
    }

    public MarketoAttributes Add(string name, bool value)
    {
        Name(name).Append(value ? "true" : "false");
        return this;
    }

    /// <summary>A score delta as Marketo writes it: a string with its sign, <c>"+10"</c> or <c>"-5"</c>.</summary>
    public MarketoAttributes AddSigned(string name, int value)
    {
        Name(name).Append('"').Append(value >= 0 ? "+" : string.Empty).Append(CultureInfo.InvariantCulture, $"{value}").Append('"');
        return this;
    }

    public StringBuilder End() => Text.Append('}');

    private StringBuilder Name(string name)
    {
        if (!_first)
        {
            Text.Append(',');
        }

        _first = false;
        return Text.Append('"').Append(name).Append("\":");
    }
}
