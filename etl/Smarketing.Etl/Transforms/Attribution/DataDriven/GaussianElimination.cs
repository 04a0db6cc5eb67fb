namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>Solves a small dense linear system given as an augmented matrix [A | b] (partial pivoting). The Markov chain's systems
/// have one row per channel plus Start, so tens of rows at most.</summary>
internal static class GaussianElimination
{
    public static double[] Solve(double[,] augmented)
    {
        var n = augmented.GetLength(0);
        var a = (double[,])augmented.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(a[pivot, col]) < 1e-12)
            {
                throw new InvalidOperationException("The Markov chain has a state from which neither Conversion nor Null is reachable.");
            }

            if (pivot != col)
            {
                for (var k = col; k <= n; k++)
                {
                    (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
                }
            }

            for (var row = 0; row < n; row++)
            {
                if (row == col || a[row, col] == 0)
                {
                    continue;
                }

                var factor = a[row, col] / a[col, col];
                for (var k = col; k <= n; k++)
                {
                    a[row, k] -= factor * a[col, k];
                }
            }
        }

        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = a[i, n] / a[i, i];
        }

        return x;
    }
}
