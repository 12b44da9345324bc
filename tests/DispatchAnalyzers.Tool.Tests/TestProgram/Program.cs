using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace E2E;

// A program with known dispatch. Each measured site is marked with a "site:" comment that the tests look for.
internal interface IShape
{
    double Area();
}

internal sealed class Circle : IShape
{
    public double Area() => 3.14;
}

internal sealed class Square : IShape
{
    public double Area() => 4;
}

internal abstract class Body
{
    public abstract double Accelerate(double velocity);
}

internal sealed class Ball : Body
{
    public override double Accelerate(double velocity) => 9.81 - (0.01 * velocity);
}

internal sealed class Feather : Body
{
    public override double Accelerate(double velocity) => 9.81 - (2 * velocity);
}

internal sealed class Doubler
{
    public int Apply(int value) => value * 2;
}

internal sealed class Incrementer
{
    public int Apply(int value) => value + 1;
}

internal static class Program
{
    private static int Main(string[] args)
    {
        IShape[] shapes = [new Circle(), new Square()];
        Body[] bodies = [new Ball(), new Feather()];
        Func<int, int>[] steps = [new Doubler().Apply, new Incrementer().Apply];
        var list = new List<int> { 1, 2, 3 };
        int[] array = [4, 5, 6];
        var total = 0.0;
        for (var round = 0; round < 2_000; round++)
        {
            total += Areas(shapes) + Fall(bodies) + Chain(steps) + Sum(round % 2 == 0 ? list : array);
        }

        Console.WriteLine(total);

        // An exit code given on the command line: the tests make the program fail after it did its work.
        return args.Length > 0 ? int.Parse(args[0]) : 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Areas(IShape[] shapes)
    {
        var total = 0.0;
        for (var i = 0; i < shapes.Length; i++)
        {
            total += shapes[i].Area(); // site: interface
        }

        // A 4-byte operand that is no metadata token (0x7F is no table): the tool must not read it as one.
        return total + (shapes.Length & 0x7F000001);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Fall(Body[] bodies)
    {
        var velocity = 0.0;
        for (var i = 0; i < bodies.Length; i++)
        {
            velocity += bodies[i].Accelerate(velocity); // site: virtual
        }

        return velocity;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Chain(Func<int, int>[] steps)
    {
        var value = 1;
        for (var i = 0; i < steps.Length; i++)
        {
            value = steps[i](value); // site: delegate
        }

        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Sum(IEnumerable<int> items)
    {
        var sum = 0;
        foreach (var item in items) // site: foreach
        {
            sum += item;
        }

        return sum;
    }
}
