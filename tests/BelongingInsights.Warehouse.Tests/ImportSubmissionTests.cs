using System.Runtime.Versioning;
using System.Security.Cryptography;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class ImportSubmissionTests
{
    [Fact]
    public async Task An_upload_of_many_blocks_arriving_in_short_reads_is_stored_byte_for_byte_under_its_SHA256()
    {
        using var warehouse = new WarehouseHarness();
        var bytes = new byte[(11 << 20) + 12_345];
        new Random(5).NextBytes(bytes);

        var id = await Receive(warehouse, new ShortReads(bytes, failAfter: null));

        var import = warehouse.Get<ImportLedger>().Find(id)!;
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(hash, import.ContentHash);
        Assert.Equal(hash + ".csv", Path.GetFileName(import.StoredPath));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(import.StoredPath));
    }

    [Fact]
    public async Task An_empty_upload_is_stored_empty_under_the_SHA256_of_nothing()
    {
        using var warehouse = new WarehouseHarness();

        var id = await Receive(warehouse, new ShortReads([], failAfter: null));

        var import = warehouse.Get<ImportLedger>().Find(id)!;
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", import.ContentHash);
        Assert.Empty(await File.ReadAllBytesAsync(import.StoredPath));
    }

    [Fact]
    public async Task An_upload_cut_off_midway_fails_and_leaves_no_file_behind()
    {
        using var warehouse = new WarehouseHarness();
        var bytes = new byte[9 << 20];

        await Assert.ThrowsAsync<IOException>(() => Receive(warehouse, new ShortReads(bytes, failAfter: 6 << 20)));

        Assert.Empty(Directory.GetFiles(Path.Combine(warehouse.DataDirectory, "uploads")));
        Assert.Equal(0L, warehouse.Get<ImportLedger>().Count());
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_stored_upload_its_folder_and_the_warehouse_file_are_readable_by_the_owner_only()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        using var warehouse = new WarehouseHarness();

        var id = await Receive(warehouse, new MemoryStream("UPN,URN\n"u8.ToArray()));

        var stored = warehouse.Get<ImportLedger>().Find(id)!.StoredPath;
        const UnixFileMode groupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(stored) & groupOrOther);
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(Path.GetDirectoryName(stored)!) & groupOrOther);
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(warehouse.Get<WarehouseDatabase>().Path) & groupOrOther);
    }

    [Fact]
    public async Task An_import_that_fails_records_and_logs_a_message_naming_no_server_path()
    {
        using var warehouse = new WarehouseHarness();
        var id = await Receive(warehouse, new MemoryStream("UPN,URN\n"u8.ToArray()));
        File.Delete(warehouse.Get<ImportLedger>().Find(id)!.StoredPath);

        Assert.ThrowsAny<IOException>(() => warehouse.Get<ImportPipeline>().Import(id, CancellationToken.None));

        var import = warehouse.Get<ImportLedger>().Find(id)!;
        Assert.Equal(ImportStatus.Failed, import.Status);
        Assert.DoesNotContain(warehouse.DataDirectory, import.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('/', import.Message!);
        Assert.DoesNotContain(warehouse.Log.Messages, m => m.Contains(warehouse.DataDirectory, StringComparison.Ordinal));
    }

    private static Task<Guid> Receive(WarehouseHarness warehouse, Stream content) =>
        warehouse.Get<ImportSubmission>().ReceiveAsync(content, "marks.csv", new ImportRequest(ImportRequest.Upload, ImportCaller.Operator), CancellationToken.None);

    /// <summary>An upload as a network gives it: at most 100,000 bytes a read, and, when told, a connection lost part way.</summary>
    private sealed class ShortReads(byte[] bytes, int? failAfter) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= failAfter)
                throw new IOException("The connection was lost.");
            var read = Math.Min(Math.Min(count, 100_000), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, read);
            _position += read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
