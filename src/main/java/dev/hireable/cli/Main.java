package dev.hireable.cli;

/** The entry point of the runnable jar. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(Hireable.run(Console.system(), args));
    }
}
