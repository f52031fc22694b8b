package dev.hireable.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Prints the bash (and zsh) completion script for {@code hireable}, generated from the commands themselves; the
 * build writes it to target/hireable_completion and the release ships it. Source it from ~/.bashrc.
 */
public final class Completion {

    private Completion() {}

    public static void main(String[] args) {
        CommandLine commands = Hireable.everyCommand(new Hireable.Factory(Console.system()));
        System.out.print(AutoComplete.bash("hireable", commands));
    }
}
