namespace DispatchAnalyzers.Model;

/// <summary>How a receiver is stored (<see cref="Receiver.Kind"/>).</summary>
internal static class ReceiverKinds
{
    public const string Local = "Local";
    public const string Parameter = "Parameter";
    public const string This = "This";
    public const string ReadOnlyField = "ReadOnlyField";
    public const string Field = "Field";
}
