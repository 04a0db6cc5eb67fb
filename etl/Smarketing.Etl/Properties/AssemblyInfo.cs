using System.Runtime.CompilerServices;

// Unit tests reach the internal building blocks (e.g. the generator's working calendar and CSV writer).
[assembly: InternalsVisibleTo("Smarketing.Etl.Tests")]
