"""The recruiter's desk: `rounds serve`, a web page over the tracker."""
