#!/bin/sh
# check_decls.sh -- one home for each declaration: a function declared in a
# header src/.../NAME.h must be defined in src/.../NAME.c (the same folder),
# so that the header named after a file is where its interface is found.
# Prints each function that breaks the rule and exits 1 if there is any.
#
# Usage: scripts/check_decls.sh [SRCDIR]     (default: src next to scripts/)
# Files generated from the grammar (lexer.re -> lexer.c, parser.y ->
# parser.c) count as the .re/.y file: tokenizer.h is the lexer's header.
# Known exceptions, each a debt, are listed in scripts/check_decls.allow.
dir=${1:-$(dirname "$0")/../src}
allow=$(dirname "$0")/check_decls.allow
exec perl -e '
use strict; use warnings;
my ($dir, $allowf) = @ARGV;
my %allow;
if (open my $a, "<", $allowf) { while (<$a>) { s/#.*//; my @w = split; $allow{"$w[0] $w[1]"} = 1 if @w == 2 } }
my @files = split /\n/, `find "$dir" -name "*.[ch]" -o -name "*.re" -o -name "*.y"`;
sub text { my $f = shift; open my $h, "<", $f or die "$f: $!"; local $/; my $t = <$h>;
    $t =~ s{/\*.*?\*/}{ }gs; $t =~ s{//[^\n]*}{}g; $t =~ s/^#[^\n]*(?:\\\n[^\n]*)*//mg; return $t; }
sub stem { my $f = shift; $f =~ s{\.[^./]+$}{}; return $f; }
my (%decl, %def);
for my $f (@files) {
    my $t = text($f);
    if ($f =~ /\.h$/) {
        while ($t =~ /^(?!static|typedef|extern\s+\w+\s*\()([A-Za-z_][\w \t\*]*?)\b(\w+)\s*\(([^;{}]*?)\)\s*;/mg) {
            push @{$decl{$2}}, $f;
        }
    } else {
        while ($t =~ /^(?!static)([A-Za-z_][\w \t\*]*?)\b(\w+)\s*\(([^;{}]*?)\)\s*\{/mg) {
            push @{$def{$2}}, $f unless $1 =~ /^\s*(?:return|else|if|while|for|switch|do)\b/;
        }
    }
}
my %alias = ("tokenizer" => "lexer", "parse" => "parser");
my $bad = 0;
for my $name (sort keys %decl) {
    next unless $def{$name};
    for my $h (@{$decl{$name}}) {
        my $want = stem($h);
        my ($b) = $want =~ m{([^/]+)$};
        my @ok = grep { my $s = stem($_); $s eq $want or (exists $alias{$b} and $s =~ m{/$alias{$b}$}) or ($b eq "parse" and $s =~ m{/parse$}) } @{$def{$name}};
        next if @ok;
        my $hs = $h =~ s{^.*/src/}{src/}r;
        next if grep { $allow{"$hs " . (s{^.*/src/}{src/}r)} } @{$def{$name}};
        my $where = join(", ", map { s{^.*/src/}{src/}r } @{$def{$name}});
        printf "%s: declared in %s, defined in %s\n", $name, $h =~ s{^.*/src/}{src/}r, $where;
        $bad++;
    }
}
if ($bad) { print "check_decls: $bad declaration(s) outside the header named after their file\n"; exit 1 }
' "$dir" "$allow"
