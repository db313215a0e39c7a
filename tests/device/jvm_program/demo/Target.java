package demo;
public class Target {
    public int count;
    public static int compute(int x) { return x * 2; }
}
