#!/usr/bin/perl
# check_accept.pl -- compare a program's output with an acceptance file of
# ../shared/article/accept form: a plain line must be equal, "re:RE" is a
# regular expression the whole line must match, "must:TEXT" must appear on
# some line.  Directory parts of file paths are cut from the output first.
# usage: check_accept.pl ACCEPT.txt OUTPUT.txt   (exit 0 when accepted)
use strict; use warnings;
my ($accept, $output) = @ARGV;
open(my $a, '<:encoding(UTF-8)', $accept) or die "$accept: $!";
open(my $o, '<:encoding(UTF-8)', $output) or die "$output: $!";
my @rules = map { chomp; $_ } <$a>;
my @lines = map { chomp; s{(?:[^\s"'(]*/)+([^/\s"':]+\.py)}{$1}g; $_ } <$o>;
my @must = map { substr($_, 5) } grep { /^must:/ } @rules;
my @ordered = grep { !/^must:/ } @rules;
my $ok = 1;
for my $m (@must) {
    unless (grep { index($_, $m) >= 0 } @lines) { print "missing: $m\n"; $ok = 0; }
}
my $n = @ordered > @lines ? @ordered : @lines;
for my $i (0 .. $n - 1) {
    my $r = $ordered[$i]; my $l = $lines[$i];
    if (!defined $r) { print "line ", $i + 1, ": unexpected: $l\n"; $ok = 0; next; }
    if (!defined $l) { print "line ", $i + 1, ": missing: $r\n"; $ok = 0; next; }
    my $good = ($r =~ /^re:(.*)$/) ? ($l =~ /^(?:$1)$/) : ($l eq $r);
    unless ($good) { print "line ", $i + 1, ":\n  expected: $r\n  actual:   $l\n"; $ok = 0; }
}
exit($ok ? 0 : 1);
