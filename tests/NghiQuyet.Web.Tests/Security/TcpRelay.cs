using System.Net;
using System.Net.Sockets;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>
/// A TCP relay between the site and the real PostgreSQL server, so a test can take the database away from the site
/// the way a stopped server or a network cut does (its port closed, live connections cut) without stopping the server
/// other tests share — and, in <see cref="DropNext"/>, fail a number of connection attempts and count them.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly object _gate = new();
    private TcpListener? _listener;
    private int _drop;
    private int _dropped;

    public TcpRelay(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Start();
    }

    public int Port { get; }

    /// <summary>Connections accepted and closed at once since the last <see cref="DropNext"/>.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    /// <summary>Listens again on the same port.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_listener is not null)
                return;
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _ = AcceptAsync(_listener);
        }
    }

    /// <summary>As a stopped server: the port refuses connections and every open one is cut.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
            foreach (var c in _open)
                c.Dispose();
            _open.Clear();
        }
    }

    /// <summary>The next <paramref name="count"/> connections are accepted and closed before a byte is relayed.</summary>
    public void DropNext(int count)
    {
        Volatile.Write(ref _dropped, 0);
        Volatile.Write(ref _drop, count);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            if (Interlocked.Decrement(ref _drop) >= 0)
            {
                Interlocked.Increment(ref _dropped);
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
                continue;
            }
            Interlocked.Exchange(ref _drop, 0);
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_target);
            lock (_gate)
            {
                _open.Add(client);
                _open.Add(server);
            }
            using var cut = new CancellationTokenSource();
            var up = client.GetStream().CopyToAsync(server.GetStream(), cut.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), cut.Token);
            await Task.WhenAny(up, down);
            await cut.CancelAsync();
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            client.Dispose();
            server.Dispose();
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(server);
            }
        }
    }

    public void Dispose() => Stop();
}
