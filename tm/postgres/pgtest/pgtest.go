// Package pgtest starts throwaway PostgreSQL clusters for tests: initdb into a temporary
// directory, the server listening on a Unix socket in that directory only, stopped and
// removed when the test ends. It finds initdb and pg_ctl on $PATH or where Debian puts
// them (/usr/lib/postgresql/NN/bin). A test that needs a cluster is skipped when they are
// missing, or fails when $GLOSS_REQUIRE_INTEROP is 1 (as in CI, which installs them).
//
// PostgreSQL refuses to run as root: run as root, the cluster is run as the postgres user
// (runuser), which owns the directory.
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Cluster is a running throwaway cluster.
type Cluster struct {
	Dir string // the data directory's parent, which holds the socket
}

// binDir returns the directory of initdb and pg_ctl, or "".
func binDir() string {
	if p, err := exec.LookPath("initdb"); err == nil {
		if _, err := exec.LookPath("pg_ctl"); err == nil {
			return filepath.Dir(p)
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d
		}
	}
	return ""
}

func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

func unavailable(tb testing.TB, why string) {
	tb.Helper()
	if os.Getenv("GLOSS_REQUIRE_INTEROP") == "1" {
		tb.Fatalf("PostgreSQL: %s (GLOSS_REQUIRE_INTEROP=1; .ci/run installs the postgresql package)", why)
	}
	tb.Skipf("PostgreSQL: %s; install the postgresql package to run this test", why)
}

// Start starts a cluster, stopped and removed at the end of the test, with a superuser
// named gloss that connects without a password.
func Start(tb testing.TB) *Cluster {
	tb.Helper()
	bin := binDir()
	if bin == "" {
		unavailable(tb, "initdb and pg_ctl not found on $PATH or in /usr/lib/postgresql/*/bin")
	}
	// a short directory: a Unix socket's path is limited to some 100 bytes
	dir, err := os.MkdirTemp("", "gloss-pg-")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	var prefix []string
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			unavailable(tb, "run as root, and there is no postgres user to run the server as")
		}
		runuser, err := exec.LookPath("runuser")
		if err != nil {
			unavailable(tb, "run as root, and there is no runuser to run the server as the postgres user")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			tb.Fatal(err)
		}
		prefix = []string{runuser, "-u", "postgres", "--"}
	}
	run := func(name string, args ...string) error {
		argv := append(append(prefix[:len(prefix):len(prefix)], filepath.Join(bin, name)), args...)
		out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %v\n%s", name, err, out)
		}
		return nil
	}
	data := filepath.Join(dir, "data")
	err = run("initdb", "-D", data, "-A", "trust", "-U", "gloss", "-E", "UTF8", "--locale=C.UTF-8")
	if err != nil {
		// a system without the C.UTF-8 locale: pg_trgm then indexes ASCII words only
		os.RemoveAll(data)
		if err2 := run("initdb", "-D", data, "-A", "trust", "-U", "gloss", "-E", "UTF8", "--no-locale"); err2 != nil {
			tb.Fatal(err, err2)
		}
	}
	opts := fmt.Sprintf("-k %s -c listen_addresses='' -c fsync=off -c synchronous_commit=off", dir)
	if err := run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		tb.Fatalf("%v\n%s", err, log)
	}
	tb.Cleanup(func() {
		if err := run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"); err != nil {
			tb.Error(err)
		}
	})
	return &Cluster{Dir: dir}
}

// URL returns the URL of database name in the cluster, creating it if it is not there.
func (c *Cluster) URL(tb testing.TB, name string) string {
	tb.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, c.url("postgres"))
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		tb.Fatal(err)
	}
	if !exists {
		if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
			tb.Fatal(err)
		}
	}
	return c.url(name)
}

func (c *Cluster) url(db string) string {
	return "postgres://gloss@/" + url.PathEscape(db) + "?host=" + url.QueryEscape(c.Dir)
}

// Available reports whether a cluster can be started here, for benchmarks that choose
// their stores.
func Available() bool {
	if binDir() == "" {
		return false
	}
	if os.Geteuid() == 0 {
		_, err1 := user.Lookup("postgres")
		_, err2 := exec.LookPath("runuser")
		return err1 == nil && err2 == nil
	}
	return true
}
