#if NET10_0_OR_GREATER
using System.Runtime.Intrinsics;

namespace DiffGen.VectorMathCore;

/// <summary><see cref="IVectorOps{TV, T}"/> on <c>Vector128&lt;float&gt;</c>.</summary>
internal readonly struct Vector128FloatOps : IVectorOps<Vector128<float>, float>
{
    public static Vector128<float> Create(float value) => Vector128.Create(value);
    public static Vector128<float> Add(Vector128<float> a, Vector128<float> b) => a + b;
    public static Vector128<float> Subtract(Vector128<float> a, Vector128<float> b) => a - b;
    public static Vector128<float> Multiply(Vector128<float> a, Vector128<float> b) => a * b;
    public static Vector128<float> Divide(Vector128<float> a, Vector128<float> b) => a / b;
    public static Vector128<float> FusedMultiplyAdd(Vector128<float> a, Vector128<float> b, Vector128<float> c) => Vector128.FusedMultiplyAdd(a, b, c);
    public static Vector128<float> Max(Vector128<float> a, Vector128<float> b) => Vector128.Max(a, b);
    public static Vector128<float> Min(Vector128<float> a, Vector128<float> b) => Vector128.Min(a, b);
    public static Vector128<float> Abs(Vector128<float> a) => Vector128.Abs(a);
    public static Vector128<float> Round(Vector128<float> a) => Vector128.Round(a);
    public static Vector128<float> NativeExp(Vector128<float> a) => Vector128.Exp(a);
    public static Vector128<float> NativeLog(Vector128<float> a) => Vector128.Log(a);
    public static Vector128<float> LessThan(Vector128<float> a, Vector128<float> b) => Vector128.LessThan(a, b);
    public static Vector128<float> GreaterThan(Vector128<float> a, Vector128<float> b) => Vector128.GreaterThan(a, b);
    public static Vector128<float> Equals(Vector128<float> a, Vector128<float> b) => Vector128.Equals(a, b);
    public static Vector128<float> Select(Vector128<float> mask, Vector128<float> a, Vector128<float> b) => Vector128.ConditionalSelect(mask, a, b);
    public static Vector128<float> And(Vector128<float> a, Vector128<float> b) => a & b;
    public static Vector128<float> Or(Vector128<float> a, Vector128<float> b) => a | b;
    public static Vector128<float> Pow2(Vector128<float> n) => Vector128.ShiftLeft(Vector128.ConvertToInt32(n) + Vector128.Create(127), 23).AsSingle();
    public static Vector128<float> Exponent(Vector128<float> a) => Vector128.ConvertToSingle(Vector128.ShiftRightLogical(a.AsInt32(), 23) - Vector128.Create(127));
    public static Vector128<float> Significand(Vector128<float> a) => ((a.AsInt32() & Vector128.Create(0x007FFFFF)) | Vector128.Create(0x3F800000)).AsSingle();
}

/// <summary><see cref="IVectorOps{TV, T}"/> on <c>Vector128&lt;double&gt;</c>.</summary>
internal readonly struct Vector128DoubleOps : IVectorOps<Vector128<double>, double>
{
    public static Vector128<double> Create(double value) => Vector128.Create(value);
    public static Vector128<double> Add(Vector128<double> a, Vector128<double> b) => a + b;
    public static Vector128<double> Subtract(Vector128<double> a, Vector128<double> b) => a - b;
    public static Vector128<double> Multiply(Vector128<double> a, Vector128<double> b) => a * b;
    public static Vector128<double> Divide(Vector128<double> a, Vector128<double> b) => a / b;
    public static Vector128<double> FusedMultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c) => Vector128.FusedMultiplyAdd(a, b, c);
    public static Vector128<double> Max(Vector128<double> a, Vector128<double> b) => Vector128.Max(a, b);
    public static Vector128<double> Min(Vector128<double> a, Vector128<double> b) => Vector128.Min(a, b);
    public static Vector128<double> Abs(Vector128<double> a) => Vector128.Abs(a);
    public static Vector128<double> Round(Vector128<double> a) => Vector128.Round(a);
    public static Vector128<double> NativeExp(Vector128<double> a) => Vector128.Exp(a);
    public static Vector128<double> NativeLog(Vector128<double> a) => Vector128.Log(a);
    public static Vector128<double> LessThan(Vector128<double> a, Vector128<double> b) => Vector128.LessThan(a, b);
    public static Vector128<double> GreaterThan(Vector128<double> a, Vector128<double> b) => Vector128.GreaterThan(a, b);
    public static Vector128<double> Equals(Vector128<double> a, Vector128<double> b) => Vector128.Equals(a, b);
    public static Vector128<double> Select(Vector128<double> mask, Vector128<double> a, Vector128<double> b) => Vector128.ConditionalSelect(mask, a, b);
    public static Vector128<double> And(Vector128<double> a, Vector128<double> b) => a & b;
    public static Vector128<double> Or(Vector128<double> a, Vector128<double> b) => a | b;
    public static Vector128<double> Pow2(Vector128<double> n) => Vector128.ShiftLeft(Vector128.ConvertToInt64(n) + Vector128.Create(1023L), 52).AsDouble();
    public static Vector128<double> Exponent(Vector128<double> a) => Vector128.ConvertToDouble(Vector128.ShiftRightLogical(a.AsInt64(), 52) - Vector128.Create(1023L));
    public static Vector128<double> Significand(Vector128<double> a) => ((a.AsInt64() & Vector128.Create(0x000FFFFFFFFFFFFFL)) | Vector128.Create(0x3FF0000000000000L)).AsDouble();
}

/// <summary><see cref="IVectorOps{TV, T}"/> on <c>Vector256&lt;float&gt;</c>.</summary>
internal readonly struct Vector256FloatOps : IVectorOps<Vector256<float>, float>
{
    public static Vector256<float> Create(float value) => Vector256.Create(value);
    public static Vector256<float> Add(Vector256<float> a, Vector256<float> b) => a + b;
    public static Vector256<float> Subtract(Vector256<float> a, Vector256<float> b) => a - b;
    public static Vector256<float> Multiply(Vector256<float> a, Vector256<float> b) => a * b;
    public static Vector256<float> Divide(Vector256<float> a, Vector256<float> b) => a / b;
    public static Vector256<float> FusedMultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c) => Vector256.FusedMultiplyAdd(a, b, c);
    public static Vector256<float> Max(Vector256<float> a, Vector256<float> b) => Vector256.Max(a, b);
    public static Vector256<float> Min(Vector256<float> a, Vector256<float> b) => Vector256.Min(a, b);
    public static Vector256<float> Abs(Vector256<float> a) => Vector256.Abs(a);
    public static Vector256<float> Round(Vector256<float> a) => Vector256.Round(a);
    public static Vector256<float> NativeExp(Vector256<float> a) => Vector256.Exp(a);
    public static Vector256<float> NativeLog(Vector256<float> a) => Vector256.Log(a);
    public static Vector256<float> LessThan(Vector256<float> a, Vector256<float> b) => Vector256.LessThan(a, b);
    public static Vector256<float> GreaterThan(Vector256<float> a, Vector256<float> b) => Vector256.GreaterThan(a, b);
    public static Vector256<float> Equals(Vector256<float> a, Vector256<float> b) => Vector256.Equals(a, b);
    public static Vector256<float> Select(Vector256<float> mask, Vector256<float> a, Vector256<float> b) => Vector256.ConditionalSelect(mask, a, b);
    public static Vector256<float> And(Vector256<float> a, Vector256<float> b) => a & b;
    public static Vector256<float> Or(Vector256<float> a, Vector256<float> b) => a | b;
    public static Vector256<float> Pow2(Vector256<float> n) => Vector256.ShiftLeft(Vector256.ConvertToInt32(n) + Vector256.Create(127), 23).AsSingle();
    public static Vector256<float> Exponent(Vector256<float> a) => Vector256.ConvertToSingle(Vector256.ShiftRightLogical(a.AsInt32(), 23) - Vector256.Create(127));
    public static Vector256<float> Significand(Vector256<float> a) => ((a.AsInt32() & Vector256.Create(0x007FFFFF)) | Vector256.Create(0x3F800000)).AsSingle();
}

/// <summary><see cref="IVectorOps{TV, T}"/> on <c>Vector256&lt;double&gt;</c>.</summary>
internal readonly struct Vector256DoubleOps : IVectorOps<Vector256<double>, double>
{
    public static Vector256<double> Create(double value) => Vector256.Create(value);
    public static Vector256<double> Add(Vector256<double> a, Vector256<double> b) => a + b;
    public static Vector256<double> Subtract(Vector256<double> a, Vector256<double> b) => a - b;
    public static Vector256<double> Multiply(Vector256<double> a, Vector256<double> b) => a * b;
    public static Vector256<double> Divide(Vector256<double> a, Vector256<double> b) => a / b;
    public static Vector256<double> FusedMultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.FusedMultiplyAdd(a, b, c);
    public static Vector256<double> Max(Vector256<double> a, Vector256<double> b) => Vector256.Max(a, b);
    public static Vector256<double> Min(Vector256<double> a, Vector256<double> b) => Vector256.Min(a, b);
    public static Vector256<double> Abs(Vector256<double> a) => Vector256.Abs(a);
    public static Vector256<double> Round(Vector256<double> a) => Vector256.Round(a);
    public static Vector256<double> NativeExp(Vector256<double> a) => Vector256.Exp(a);
    public static Vector256<double> NativeLog(Vector256<double> a) => Vector256.Log(a);
    public static Vector256<double> LessThan(Vector256<double> a, Vector256<double> b) => Vector256.LessThan(a, b);
    public static Vector256<double> GreaterThan(Vector256<double> a, Vector256<double> b) => Vector256.GreaterThan(a, b);
    public static Vector256<double> Equals(Vector256<double> a, Vector256<double> b) => Vector256.Equals(a, b);
    public static Vector256<double> Select(Vector256<double> mask, Vector256<double> a, Vector256<double> b) => Vector256.ConditionalSelect(mask, a, b);
    public static Vector256<double> And(Vector256<double> a, Vector256<double> b) => a & b;
    public static Vector256<double> Or(Vector256<double> a, Vector256<double> b) => a | b;
    public static Vector256<double> Pow2(Vector256<double> n) => Vector256.ShiftLeft(Vector256.ConvertToInt64(n) + Vector256.Create(1023L), 52).AsDouble();
    public static Vector256<double> Exponent(Vector256<double> a) => Vector256.ConvertToDouble(Vector256.ShiftRightLogical(a.AsInt64(), 52) - Vector256.Create(1023L));
    public static Vector256<double> Significand(Vector256<double> a) => ((a.AsInt64() & Vector256.Create(0x000FFFFFFFFFFFFFL)) | Vector256.Create(0x3FF0000000000000L)).AsDouble();
}

/// <summary><see cref="IVectorOps{TV, T}"/> on <c>Vector512&lt;float&gt;</c>.</summary>
internal readonly struct Vector512FloatOps : IVectorOps<Vector512<float>, float>
{
    public static Vector512<float> Create(float value) => Vector512.Create(value);
    public static Vector512<float> Add(Vector512<float> a, Vector512<float> b) => a + b;
    public static Vector512<float> Subtract(Vector512<float> a, Vector512<float> b) => a - b;
    public static Vector512<float> Multiply(Vector512<float> a, Vector512<float> b) => a * b;
    public static Vector512<float> Divide(Vector512<float> a, Vector512<float> b) => a / b;
    public static Vector512<float> FusedMultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c) => Vector512.FusedMultiplyAdd(a, b, c);
    public static Vector512<float> Max(Vector512<float> a, Vector512<float> b) => Vector512.Max(a, b);
    public static Vector512<float> Min(Vector512<float> a, Vector512<float> b) => Vector512.Min(a, b);
    public static Vector512<float> Abs(Vector512<float> a) => Vector512.Abs(a);
    public static Vector512<float> Round(Vector512<float> a) => Vector512.Round(a);
    public static Vector512<float> NativeExp(Vector512<float> a) => Vector512.Exp(a);
    public static Vector512<float> NativeLog(Vector512<float> a) => Vector512.Log(a);
    public static Vector512<float> LessThan(Vector512<float> a, Vector512<float> b) => Vector512.LessThan(a, b);
    public static Vector512<float> GreaterThan(Vector512<float> a, Vector512<float> b) => Vector512.GreaterThan(a, b);
    public static Vector512<float> Equals(Vector512<float> a, Vector512<float> b) => Vector512.Equals(a, b);
    public static Vector512<float> Select(Vector512<float> mask, Vector512<float> a, Vector512<float> b) => Vector512.ConditionalSelect(mask, a, b);
    public static Vector512<float> And(Vector512<float> a, Vector512<float> b) => a & b;
    public static Vector512<float> Or(Vector512<float> a, Vector512<float> b) => a | b;
    public static Vector512<float> Pow2(Vector512<float> n) => Vector512.ShiftLeft(Vector512.ConvertToInt32(n) + Vector512.Create(127), 23).AsSingle();
    public static Vector512<float> Exponent(Vector512<float> a) => Vector512.ConvertToSingle(Vector512.ShiftRightLogical(a.AsInt32(), 23) - Vector512.Create(127));
    public static Vector512<float> Significand(Vector512<float> a) => ((a.AsInt32() & Vector512.Create(0x007FFFFF)) | Vector512.Create(0x3F800000)).AsSingle();
}

/// <summary><see cref="IVectorOps{TV, T}"/> on <c>Vector512&lt;double&gt;</c>.</summary>
internal readonly struct Vector512DoubleOps : IVectorOps<Vector512<double>, double>
{
    public static Vector512<double> Create(double value) => Vector512.Create(value);
    public static Vector512<double> Add(Vector512<double> a, Vector512<double> b) => a + b;
    public static Vector512<double> Subtract(Vector512<double> a, Vector512<double> b) => a - b;
    public static Vector512<double> Multiply(Vector512<double> a, Vector512<double> b) => a * b;
    public static Vector512<double> Divide(Vector512<double> a, Vector512<double> b) => a / b;
    public static Vector512<double> FusedMultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Vector512.FusedMultiplyAdd(a, b, c);
    public static Vector512<double> Max(Vector512<double> a, Vector512<double> b) => Vector512.Max(a, b);
    public static Vector512<double> Min(Vector512<double> a, Vector512<double> b) => Vector512.Min(a, b);
    public static Vector512<double> Abs(Vector512<double> a) => Vector512.Abs(a);
    public static Vector512<double> Round(Vector512<double> a) => Vector512.Round(a);
    public static Vector512<double> NativeExp(Vector512<double> a) => Vector512.Exp(a);
    public static Vector512<double> NativeLog(Vector512<double> a) => Vector512.Log(a);
    public static Vector512<double> LessThan(Vector512<double> a, Vector512<double> b) => Vector512.LessThan(a, b);
    public static Vector512<double> GreaterThan(Vector512<double> a, Vector512<double> b) => Vector512.GreaterThan(a, b);
    public static Vector512<double> Equals(Vector512<double> a, Vector512<double> b) => Vector512.Equals(a, b);
    public static Vector512<double> Select(Vector512<double> mask, Vector512<double> a, Vector512<double> b) => Vector512.ConditionalSelect(mask, a, b);
    public static Vector512<double> And(Vector512<double> a, Vector512<double> b) => a & b;
    public static Vector512<double> Or(Vector512<double> a, Vector512<double> b) => a | b;
    public static Vector512<double> Pow2(Vector512<double> n) => Vector512.ShiftLeft(Vector512.ConvertToInt64(n) + Vector512.Create(1023L), 52).AsDouble();
    public static Vector512<double> Exponent(Vector512<double> a) => Vector512.ConvertToDouble(Vector512.ShiftRightLogical(a.AsInt64(), 52) - Vector512.Create(1023L));
    public static Vector512<double> Significand(Vector512<double> a) => ((a.AsInt64() & Vector512.Create(0x000FFFFFFFFFFFFFL)) | Vector512.Create(0x3FF0000000000000L)).AsDouble();
}
#endif
