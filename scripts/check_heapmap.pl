#!/usr/bin/env perl
# check_heapmap.pl SVG STATS -- holds a heap map (heapmap.save / -X heapmap)
# against the sys._debugmallocstats() text printed at the same moment:
# pools, blocks in use and free blocks per size class (summed over the
# cells), the arena rows, the free-pool counts and every totals line.
use strict; use warnings;
my ($svg_file, $stats_file) = @ARGV;
local $/;
open my $f, '<', $svg_file or die "cannot read $svg_file\n"; my $svg = <$f>; close $f;
open my $g, '<', $stats_file or die "cannot read $stats_file\n"; my $stats = <$g>; close $g;
my $bad = 0;
sub no_ { print "heapmap: $_[0]\n"; $bad = 1; }

my (%pools, %used, %free);
while ($svg =~ /data-class="(\d+)" data-used="(\d+)" data-free="(\d+)"/g) {
    $pools{$1}++; $used{$1} += $2; $free{$1} += $3;
}
my %seen;
for my $line (split /\n/, $stats) {
    next unless $line =~ /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/;
    my ($c, $size, $np, $u, $a) = ($1, $2, $3, $4, $5);
    $seen{$c} = 1;
    my ($sp, $su, $sf) = ($pools{$c} // 0, $used{$c} // 0, $free{$c} // 0);
    no_("class $c: map $sp pools $su used $sf free, stats $np $u $a")
        if $sp != $np || $su != $u || $sf != $a;
}
for my $c (keys %pools) { no_("class $c in the map, not in the stats") unless $seen{$c}; }
%seen or no_("no class lines in the stats");

my $rows = () = $svg =~ /<g class="arena"/g;
my ($current) = $stats =~ /# arenas allocated current\s+=\s+(\d+)/;
no_("arena rows $rows, stats $current") unless defined $current && $rows == $current;
my $fp = 0; $fp += $1 while $svg =~ /data-free-pools="(\d+)"/g;
my ($unused) = $stats =~ /^(\d+) unused pools/m;
no_("free pools $fp, stats $unused") unless defined $unused && $fp == $unused;

my @totals = $svg =~ /<text [^>]*class="mono"[^>]*>([^<]*)<\/text>/g;
@totals == 9 or no_("expected 9 totals lines, found " . scalar @totals);
for my $t (@totals) {
    (my $plain = $t) =~ s/&amp;/&/g;
    no_("totals line not in the stats: '$plain'") unless index($stats, "$plain\n") >= 0;
}
print "heapmap: ", scalar(keys %pools), " size classes, $rows arenas agree with _debugmallocstats\n"
    unless $bad;
exit $bad;
