using System.Collections.Generic;

namespace DiffGen.Generator.Ir;

/// <summary>
/// Where an operation's value or derivative is infinite or NaN: the argument number
/// <see cref="Argument"/> must stay out of every interval in <see cref="Bad"/>.
/// </summary>
/// <param name="Argument">Which argument.</param>
/// <param name="Bad">The values of that argument where the operation is singular.</param>
/// <param name="Role">How the argument is named in messages, e.g. "denominator", "argument of Log".</param>
/// <param name="Condition">What happens there, e.g. "is zero", "is ≤ 0".</param>
internal sealed record Singularity(int Argument, IReadOnlyList<Interval> Bad, string Role, string Condition);
