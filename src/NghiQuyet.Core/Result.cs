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

    /// <summary>The value, when <see cref="Success"/>.</summary>
    public T? Value { get; }
    /// <summary>The message for the user, when not <see cref="Success"/>.</summary>
    public string? Error { get; }

    /// <summary>Whether there is a value (and no error).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public static Result<T> Ok(T value) => new(value, null);
    /// <summary>A failure carrying the user-facing <paramref name="error"/>.</summary>
    public static Result<T> Fail(string error) => new(default, error);

    /// <summary>The value mapped, or the same error.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map) => Success ? Result<TOut>.Ok(map(Value)) : Result<TOut>.Fail(Error);
    /// <summary>The next step on the value, or the same error without running it.</summary>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next) => Success ? next(Value) : Result<TOut>.Fail(Error);
}
