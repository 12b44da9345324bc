using System;

namespace DispatchDemo;

/// <summary>A shape the tiling and outline passes measure. Three sealed implementations below.</summary>
internal interface IShape
{
    double Area();

    double Perimeter();
}

/// <summary>A circle of the given radius.</summary>
internal sealed class Circle(double radius) : IShape
{
    public double Area() => Math.PI * radius * radius;

    public double Perimeter() => 2 * Math.PI * radius;
}

/// <summary>A square of the given side.</summary>
internal sealed class Square(double side) : IShape
{
    public double Area() => side * side;

    public double Perimeter() => 4 * side;
}

/// <summary>A right triangle with the given legs.</summary>
internal sealed class Triangle(double width, double height) : IShape
{
    public double Area() => width * height / 2;

    public double Perimeter() => width + height + Math.Sqrt((width * width) + (height * height));
}

/// <summary>A price rule of the invoicing pass. Only one implementation exists, so only one type reaches it.</summary>
internal interface IDiscount
{
    double Apply(double price);
}

/// <summary>Takes a fixed fraction off every price.</summary>
internal sealed class LoyaltyDiscount(double fraction) : IDiscount
{
    public double Apply(double price) => price * (1 - fraction);
}
