using System.Diagnostics.CodeAnalysis;

namespace NghiQuyet.Core;

/// <summary>A parse or read outcome: a value, or a user-facing (Vietnamese) error message. No exceptions for bad input.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    public static Result<T> Ok(T value) => new(value, null);
    public static Result<T> Fail(string error) => new(default, error);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => Success ? Result<TOut>.Ok(map(Value)) : Result<TOut>.Fail(Error);
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next) => Success ? next(Value) : Result<TOut>.Fail(Error);
}
