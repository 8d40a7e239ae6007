<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BrowserCodec</name>
    <message>
        <source>unbalanced quotes, or a closing quote not followed by a space</source>
        <translation type="vanished">引号不成对，或右引号后没有空格</translation>
    </message>
    <message>
        <location filename="../examples/browser/glue/browsercodec.cpp" line="+320"/>
        <source>Not hex: use two digits 0-9, a-f per byte (spaces and line breaks are ignored).</source>
        <translation>不是十六进制：每个字节使用两位 0-9、a-f（空格和换行会被忽略）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid JSON (an object or an array).</source>
        <translation>不是有效的 JSON（对象或数组）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+11"/>
        <location line="+30"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>no expiry</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key does not exist</source>
        <translation>键不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ChatMessage</name>
    <message>
        <location filename="../examples/quick-pubsub/ChatMessage.qml" line="+21"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <location filename="../examples/browser/values/CollectionView.qml" line="+116"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 loaded</source>
        <translation>已加载 %1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/ConfirmDialog.qml" line="+15"/>
        <location line="+10"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <location filename="../examples/browser/glue/connectionconfig.cpp" line="+222"/>
        <source>cluster · 1 seed</source>
        <extracomment>The connection list: a Redis Cluster reached through one seed node.</extracomment>
        <translation>集群 · 1 个种子节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster · %1 seeds</source>
        <translation>集群 · %1 个种子节点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sentinel · %1 · 1 sentinel</source>
        <extracomment>The connection list: the master %1 found through one sentinel.</extracomment>
        <translation>哨兵 · %1 · 1 个哨兵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sentinel · %1 · %2 sentinels</source>
        <extracomment>The connection list: the master %1 found through %2 (&gt; 1) sentinels.</extracomment>
        <translation>哨兵 · %1 · %2 个哨兵</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/ConnectionDialog.qml" line="+48"/>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>asked for when connecting</source>
        <translation>连接时询问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved in the keychain</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PEM and key files (*.pem *.crt *.cer *.key id_*)</source>
        <translation>PEM 和密钥文件 (*.pem *.crt *.cer *.key id_*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Local Redis</source>
        <translation>本地 Redis</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a host name or address.</source>
        <translation>请输入主机名或地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the path of the unix socket.</source>
        <translation>请输入 Unix 套接字的路径。</translation>
    </message>
    <message>
        <source>Enter a redis://host:port/db or unix:///path/to/socket URL.</source>
        <translation type="vanished">请输入 redis://host:port/db 或 unix:///path/to/socket 形式的 URL。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A saved connection named “%1” exists already.</source>
        <translation>已存在名为“%1”的已保存连接。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected: PONG in %1 ms (average of 5), Redis %2</source>
        <translation type="vanished">已连接：PONG 耗时 %1 毫秒（5 次平均），Redis %2</translation>
    </message>
    <message>
        <source>Connected: PONG in %1 ms (average of 5)</source>
        <translation type="vanished">已连接：PONG 耗时 %1 毫秒（5 次平均）</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Enter a redis://host:port/db, rediss://host:port/db or unix:///path/to/socket URL.</source>
        <translation>请输入 redis://host:port/db、rediss://host:port/db 或 unix:///path/to/socket 形式的 URL。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the master the sentinels monitor.</source>
        <translation>请输入哨兵所监控的主节点名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the SSH server&apos;s host name or address.</source>
        <translation>请输入 SSH 服务器的主机名或地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the SSH key file.</source>
        <translation>请选择 SSH 密钥文件。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Connected: PONG in %1 (average of 5), Redis %2</source>
        <translation>已连接：PONG 耗时 %1（5 次平均），Redis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected: PONG in %1 (average of 5)</source>
        <translation>已连接：PONG 耗时 %1（5 次平均）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host and port</source>
        <translation>主机和端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix socket</source>
        <translation>Unix 套接字</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standalone</source>
        <translation>单机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sentinel</source>
        <translation>哨兵</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First seed node</source>
        <translation>第一个种子节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First sentinel</source>
        <translation>第一个哨兵</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+223"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Other sentinels</source>
        <translation>其他哨兵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other seed nodes</source>
        <translation>其他种子节点</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Master name</source>
        <translation>主节点名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sentinel user</source>
        <translation>哨兵用户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sentinel password</source>
        <translation>哨兵密码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect to a replica</source>
        <translation>连接到副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from replicas</source>
        <translation>从副本读取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+159"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="-650"/>
        <location line="+441"/>
        <location line="+72"/>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+8"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Remember password (stored unencrypted in the settings file)</source>
        <translation type="vanished">记住密码（以未加密形式保存在设置文件中）</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client name</source>
        <translation>客户端名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key separator</source>
        <translation>键分隔符</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use TLS (rediss://)</source>
        <translation>使用 TLS（rediss://）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the system&apos;s CA certificates</source>
        <translation>系统的 CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client certificate (PEM)</source>
        <translation>客户端证书（PEM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client key (PEM)</source>
        <translation>客户端私钥（PEM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Key passphrase</source>
        <translation>私钥口令</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Server name (SNI)</source>
        <translation>服务器名称（SNI）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do not verify the server&apos;s certificate (insecure)</source>
        <translation>不验证服务器证书（不安全）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: anyone between you and the server can read and change the traffic, passwords included. Use this only for a test server.</source>
        <translation>警告：您与服务器之间的任何人都可以读取和篡改通信内容，包括密码。仅用于测试服务器。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect through an SSH tunnel</source>
        <translation>通过 SSH 隧道连接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Redis host and port above are as the SSH server sees them.</source>
        <translation>上面的 Redis 主机和端口以 SSH 服务器的视角为准。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH server</source>
        <translation>SSH 服务器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>as in the SSH configuration</source>
        <translation>同 SSH 配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH agent</source>
        <translation>SSH 代理（agent）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH private key</source>
        <translation>SSH 私钥</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Known hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host key</source>
        <translation>主机密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known keys only (strict)</source>
        <translation>仅限已知密钥（严格）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept and record new keys</source>
        <translation>接受并记录新密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept any key (insecure)</source>
        <translation>接受任何密钥（不安全）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: any server can pretend to be this one. Use this only for a test server.</source>
        <translation>警告：任何服务器都可以冒充此服务器。仅用于测试服务器。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save passwords and passphrases in the system keychain</source>
        <translation>将密码和口令保存在系统密钥环中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keychain service is available: passwords and passphrases are not saved. The browser asks for them when it connects.</source>
        <translation>没有可用的密钥环服务：密码和口令不会被保存。浏览器会在连接时询问。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords and passphrases are not saved: the browser asks for them when it connects.</source>
        <translation>密码和口令不会被保存：浏览器会在连接时询问。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Trust this host key (fingerprint %1) and connect</source>
        <translation>信任此主机密钥（指纹 %1）并连接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SSH server&apos;s host key has changed. Someone may be intercepting the connection, or the server was reinstalled. Check the new key with the server&apos;s administrator, then remove the old key from the known hosts file.</source>
        <translation>SSH 服务器的主机密钥已更改。可能有人正在拦截连接，也可能服务器已重新安装。请与服务器管理员核对新密钥，然后从 known_hosts 文件中删除旧密钥。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and connect</source>
        <translation>保存并连接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <location filename="../examples/browser/glue/connectionstore.cpp" line="+537"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <location filename="../examples/browser/pages/ConnectionView.qml" line="+251"/>
        <source>This server is a Redis Cluster node. Connect to it as a cluster, to see the keys of every node?</source>
        <translation>此服务器是 Redis 集群节点。是否以集群方式连接，以查看所有节点的键？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch to Cluster</source>
        <translation>切换为集群</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pub/Sub</source>
        <translation>发布/订阅</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <location filename="../examples/browser/ConnectionsPanel.qml" line="+60"/>
        <source>Connections</source>
        <translation>连接列表</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+50"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No saved connections yet.</source>
        <translation>尚无已保存的连接。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New connection (Ctrl+N)</source>
        <translation>新建连接（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the selected connection (Enter)</source>
        <translation>打开所选连接（Enter）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the selected connection</source>
        <translation>编辑所选连接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected saved connection</source>
        <translation>删除所选的已保存连接</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../examples/browser/pages/ConsolePage.qml" line="+66"/>
        <source>(error) Invalid argument(s): %1</source>
        <translation>(error) 参数无效：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(error) ERR DB index is out of range</source>
        <translation>(error) ERR DB index is out of range</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(error) %1 is not available in the console: use the Pub/Sub page.</source>
        <translation>(error) 控制台中无法使用 %1：请使用“发布/订阅”页面。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type a command below, e.g. SCAN 0 MATCH user:* COUNT 100. &quot;CLEAR&quot; clears this.</source>
        <translation>在下方输入命令，例如 SCAN 0 MATCH user:* COUNT 100。输入“CLEAR”清空此处。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Command (Up/Down: history)</source>
        <translation>命令（上/下方向键：历史）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../examples/widgets-console/consolewindow.cpp" line="+56"/>
        <source>Type a Redis command, or &quot;help&quot;</source>
        <translation>输入 Redis 命令，或输入“help”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Last command: -</source>
        <translation>上一条命令：-</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+247"/>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>(client) %1</source>
        <translation>(client) %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>(error) Invalid argument(s): unbalanced quotes</source>
        <translation>(error) 参数无效：引号不成对</translation>
    </message>
    <message>
        <source>Type Redis commands as in redis-cli, for example: SET key &quot;a\x00b&quot;
Built-in commands:
  help                   show this help
  clear                  clear the output
  connect &lt;url&gt;          connect to redis://[user:password@]host[:port][/db]
                         or unix://[user:password@]/path/to/socket[?db=N]
  connect &lt;host&gt; [port]  connect to host:port (port 6379 by default)
  connect &lt;/path&gt;        connect to a unix socket
  connect                reconnect with the current settings
  disconnect             close the connection
  subscribe, psubscribe, ssubscribe &lt;name&gt;...  listen (on a pub/sub connection)
  unsubscribe, punsubscribe, sunsubscribe [&lt;name&gt;...]  stop (all without names)
  monitor [stop]         show every command the server runs
  quit, exit             leave the console
Up and Down walk the command history.</source>
        <translation type="vanished">像在 redis-cli 中一样输入 Redis 命令，例如：SET key &quot;a\x00b&quot;
内置命令：
  help                   显示此帮助
  clear                  清空输出
  connect &lt;url&gt;          连接到 redis://[user:password@]host[:port][/db]
                         或 unix://[user:password@]/path/to/socket[?db=N]
  connect &lt;host&gt; [port]  连接到 host:port（端口默认为 6379）
  connect &lt;/path&gt;        连接到 Unix 套接字
  connect                使用当前设置重新连接
  disconnect             关闭连接
  subscribe, psubscribe, ssubscribe &lt;name&gt;...  接收消息（在发布/订阅连接上）
  unsubscribe, punsubscribe, sunsubscribe [&lt;name&gt;...]  停止接收（不带名称则全部停止）
  monitor [stop]         显示服务器执行的每条命令
  quit, exit             退出控制台
使用上、下方向键浏览命令历史。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type Redis commands as in redis-cli, for example: SET key &quot;a\x00b&quot;
Built-in commands:
  help                   show this help
  clear                  clear the output
  connect &lt;url&gt;          connect to redis://[user:password@]host[:port][/db],
                         rediss://... (TLS; ?cacert=&amp;cert=&amp;key=&amp;sni=&amp;insecure=1)
                         or unix://[user:password@]/path/to/socket[?db=N]
  connect &lt;host&gt; [port]  connect to host:port (port 6379 by default)
  connect &lt;/path&gt;        connect to a unix socket
  connect                reconnect with the current settings
  disconnect             close the connection
  subscribe, psubscribe, ssubscribe &lt;name&gt;...  listen (on a pub/sub connection)
  unsubscribe, punsubscribe, sunsubscribe [&lt;name&gt;...]  stop (all without names)
  monitor [stop]         show every command the server runs
  quit, exit             leave the console
Up and Down walk the command history. Passwords in AUTH, HELLO, CONFIG SET,
ACL SETUSER, MIGRATE and connect URLs are shown and kept as ********.</source>
        <translation>像在 redis-cli 中一样输入 Redis 命令，例如：SET key &quot;a\x00b&quot;
内置命令：
  help                   显示此帮助
  clear                  清空输出
  connect &lt;url&gt;          连接到 redis://[user:password@]host[:port][/db]、
                         rediss://...（TLS；?cacert=&amp;cert=&amp;key=&amp;sni=&amp;insecure=1）
                         或 unix://[user:password@]/path/to/socket[?db=N]
  connect &lt;host&gt; [port]  连接到 host:port（端口默认为 6379）
  connect &lt;/path&gt;        连接到 Unix 套接字
  connect                使用当前设置重新连接
  disconnect             关闭连接
  subscribe, psubscribe, ssubscribe &lt;name&gt;...  接收消息（在发布/订阅连接上）
  unsubscribe, punsubscribe, sunsubscribe [&lt;name&gt;...]  停止接收（不带名称则全部停止）
  monitor [stop]         显示服务器执行的每条命令
  quit, exit             退出控制台
使用上、下方向键浏览命令历史。AUTH、HELLO、CONFIG SET、
ACL SETUSER、MIGRATE 和 connect URL 中的密码显示并保存为 ********。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>MONITOR stopped</source>
        <translation>MONITOR 已停止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(error) MONITOR: %1</source>
        <translation>(error) MONITOR：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MONITOR started (&quot;monitor stop&quot; stops it)</source>
        <translation>MONITOR 已启动（输入“monitor stop”停止）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(error) ERR wrong number of arguments for &apos;%1&apos; command</source>
        <translation>(error) ERR wrong number of arguments for &apos;%1&apos; command</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+18"/>
        <source>(error) %1</source>
        <translation>(error) %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(error) Usage: connect &lt;url&gt; | connect &lt;host&gt; [port] | connect &lt;/path&gt;</source>
        <translation>(error) 用法：connect &lt;url&gt; | connect &lt;host&gt; [port] | connect &lt;/path&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last command: %1 ms</source>
        <translation>上一条命令：%1 毫秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(client) (error) %1</source>
        <translation>(client) (error) %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnecting</source>
        <translation>正在断开</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Reconnecting in %n s (attempt %1)</source>
        <translation>
            <numerusform>%n 秒后重新连接（第 %1 次尝试）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QtRedis Console - %1</source>
        <translation>QtRedis 控制台 - %1</translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <location filename="../src/connection/handshake.cpp" line="+34"/>
        <source>node of unknown role</source>
        <translation>角色未知的节点</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Authentication with %1 failed: %2</source>
        <translation>在 %1 上身份验证失败：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: %2</source>
        <translation>%1 拒绝了连接：%2</translation>
    </message>
</context>
<context>
    <name>HashValueView</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="vanished">
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/HashValueView.qml" line="+22"/>
        <source>Fields: %1</source>
        <translation>字段数：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+39"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit field</source>
        <translation>编辑字段</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this field?</source>
        <translation>删除此字段？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>HiredisTransport</name>
    <message>
        <location filename="../src/transport/hiredistransport.cpp" line="+82"/>
        <source>cannot attach to the event loop</source>
        <translation>无法附加到事件循环</translation>
    </message>
</context>
<context>
    <name>KeyTree</name>
    <message>
        <location filename="../examples/browser/pages/KeyTree.qml" line="+41"/>
        <source>Loading… %1 of about %2 keys</source>
        <translation>正在加载… 已加载 %1 个键，共约 %2 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading… %1 keys</source>
        <translation>正在加载… 已加载 %1 个键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 keys (stopped: %2)</source>
        <translation>%1 个键（已停止：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matching keys of %2</source>
        <translation>%2 个键中有 %1 个匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 keys</source>
        <translation>%1 个键</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Filter: text or glob (user:*)</source>
        <translation>过滤：文本或通配模式（user:*）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashes</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>集合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted sets</source>
        <translation>有序集合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show keys of one type only (SCAN TYPE)</source>
        <translation>只显示一种类型的键（SCAN TYPE）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Refresh keys (F5)</source>
        <translation>刷新键（F5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ Key</source>
        <translation>+ 键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key (Ctrl+K)</source>
        <translation>新建键（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys are grouped into namespaces at this separator (empty: no grouping)</source>
        <translation>按此分隔符将键分组为命名空间（留空：不分组）</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No keys</source>
        <translation>没有键</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>db%1 (%2 keys)</source>
        <translation>db%1（%2 个键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db%1</source>
        <translation>db%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>LinkFailure</name>
    <message>
        <location filename="../src/connection/linkfailure.cpp" line="+16"/>
        <source>The connection to %1 was closed</source>
        <translation>与 %1 的连接已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection</source>
        <translation>%1 关闭了连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection: %2</source>
        <translation>%1 关闭了连接：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol error from %1: %2</source>
        <translation>来自 %1 的协议错误：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol error from %1: it sent a reply to no command</source>
        <translation>来自 %1 的协议错误：收到了不对应任何命令的回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol error from %1: it announced an array of more than %2 elements</source>
        <translation>来自 %1 的协议错误：声明的数组超过 %2 个元素</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS with %1 failed: %2</source>
        <translation>与 %1 的 TLS 失败：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection without answering: it may accept TLS connections only (rediss://)</source>
        <translation>%1 未作应答即关闭了连接：它可能只接受 TLS 连接（rediss://）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection to %1 failed</source>
        <translation>连接 %1 失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host %1 not found: %2</source>
        <translation>找不到主机 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1 timed out after %2 ms</source>
        <translation>连接 %1 超时（%2 毫秒）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer a PING within %2 ms</source>
        <translation>%1 未在 %2 毫秒内响应 PING</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protocol error from %1: unexpected message (%2)</source>
        <translation>来自 %1 的协议错误：意外的消息（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol error from %1: an error reply to no command: %2</source>
        <translation>来自 %1 的协议错误：收到了不对应任何命令的错误回复：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS with %1 cannot start: %2</source>
        <translation>无法开始与 %1 的 TLS：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer the TLS handshake within %2 ms: is it a plain-text port (redis:// instead of rediss://)?</source>
        <translation>%1 未在 %2 毫秒内响应 TLS 握手：它是否是明文端口（应使用 redis:// 而不是 rediss://）？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No SSH tunnel to %1 is available for this connection</source>
        <translation>此连接没有可用的通往 %1 的 SSH 隧道</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sentinels moved master &apos;%1&apos; to %2</source>
        <translation>哨兵已将主节点“%1”移至 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a %2, not a replica of &apos;%3&apos;</source>
        <translation>%1 是 %2，不是“%3”的副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a %2, not the master of &apos;%3&apos;</source>
        <translation>%1 是 %2，不是“%3”的主节点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Sentinel topology cannot be used through an SSH tunnel</source>
        <translation>哨兵拓扑无法通过 SSH 隧道使用</translation>
    </message>
</context>
<context>
    <name>ListValueView</name>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation type="vanished">
            <numerusform>%n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/ListValueView.qml" line="+23"/>
        <source>Elements: %1</source>
        <translation>元素数：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Push to the head</source>
        <translation>插入到头部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Push to the tail</source>
        <translation>追加到尾部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Push</source>
        <translation>插入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+39"/>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Edit element %1</source>
        <translation>编辑元素 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove element</source>
        <translation>移除元素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the element at index %1?</source>
        <translation>移除索引 %1 处的元素？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Push head…</source>
        <translation>头部插入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push tail…</source>
        <translation>尾部追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../examples/quick-pubsub/Main.qml" line="+22"/>
        <source>QtRedis chat: %1</source>
        <translation>QtRedis 聊天：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unusable URL: %1</source>
        <translation>URL 不可用：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>subscription failed: %1</source>
        <translation>订阅失败：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>（%n 字节的二进制数据）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1, in room %2</source>
        <translation>已连接到 %1，位于聊天室 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1, joining room %2…</source>
        <translation>已连接到 %1，正在加入聊天室 %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnecting…</source>
        <translation>正在断开…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no message back within 10 s</source>
        <translation>10 秒内未收到回传的消息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nickname:</source>
        <translation>昵称：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>guest%1</source>
        <translation>访客%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nickname</source>
        <translation>你的昵称</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No messages yet.</source>
        <translation>暂无消息。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A redis-cli like console built on QtRedis. Connects to 127.0.0.1:6379 unless told otherwise.</source>
        <translation type="vanished">基于 QtRedis 的类 redis-cli 控制台。如未另行指定，则连接到 127.0.0.1:6379。</translation>
    </message>
    <message>
        <source>Server URL: redis://[user[:password]@]host[:port][/db] or unix://[user[:password]@]/path[?db=N].</source>
        <translation type="vanished">服务器 URL：redis://[user[:password]@]host[:port][/db] 或 unix://[user[:password]@]/path[?db=N]。</translation>
    </message>
    <message>
        <location filename="../examples/widgets-console/consolecommandline.cpp" line="+90"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host name (default 127.0.0.1).</source>
        <translation>服务器主机名（默认为 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server port (default 6379).</source>
        <translation>服务器端口（默认为 6379）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server unix socket path.</source>
        <translation>服务器的 Unix 套接字路径。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Password sent with AUTH (overrides the one in --url).</source>
        <translation type="vanished">通过 AUTH 发送的密码（覆盖 --url 中的密码）。</translation>
    </message>
    <message>
        <source>A redis-cli like console built on QtRedis. Connects to 127.0.0.1:6379 unless told otherwise.
Options given with --url override what the URL says.
Secrets are not taken as option values, since other users of the machine can read a program&apos;s command line: the TLS key passphrase, the SSH password and the SSH key passphrase come from the environment variables QTREDIS_TLS_KEY_PASSPHRASE, QTREDIS_SSH_PASSWORD and QTREDIS_SSH_PASSPHRASE.</source>
        <translation type="vanished">基于 QtRedis 的类 redis-cli 控制台。如未另行指定，则连接到 127.0.0.1:6379。
与 --url 一起给出的选项会覆盖 URL 中的对应内容。
机密信息不接受作为选项值，因为本机的其他用户可以读取程序的命令行：TLS 私钥口令、SSH 密码和 SSH 密钥口令来自环境变量 QTREDIS_TLS_KEY_PASSPHRASE、QTREDIS_SSH_PASSWORD 和 QTREDIS_SSH_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Server URL: redis://[user[:password]@]host[:port][/db], rediss://... for TLS (with ?cacert=file&amp;cert=file&amp;key=file&amp;sni=name&amp;insecure=1) or unix://[user[:password]@]/path[?db=N].</source>
        <translation type="vanished">服务器 URL：redis://[user[:password]@]host[:port][/db]、用于 TLS 的 rediss://...（可带 ?cacert=file&amp;cert=file&amp;key=file&amp;sni=name&amp;insecure=1）或 unix://[user[:password]@]/path[?db=N]。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A redis-cli like console built on QtRedis. Connects to 127.0.0.1:6379 unless told otherwise.
Options given with --url override what the URL says.
Secrets are not taken as option values, since other users of the machine can read a program&apos;s command line: the TLS key passphrase, the SSH password and the SSH key passphrase come from the environment variables QTREDIS_TLS_KEY_PASSPHRASE, QTREDIS_SSH_PASSWORD and QTREDIS_SSH_PASSPHRASE, the sentinels&apos; password from QTREDIS_SENTINEL_PASSWORD.</source>
        <translation>基于 QtRedis 的类 redis-cli 控制台。如未另行指定，则连接到 127.0.0.1:6379。
与 --url 一起给出的选项会覆盖 URL 中的对应内容。
机密信息不接受作为选项值，因为本机的其他用户可以读取程序的命令行：TLS 私钥口令、SSH 密码和 SSH 密钥口令来自环境变量 QTREDIS_TLS_KEY_PASSPHRASE、QTREDIS_SSH_PASSWORD 和 QTREDIS_SSH_PASSPHRASE，哨兵的密码来自 QTREDIS_SENTINEL_PASSWORD。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server URL: redis://[user[:password]@]host[:port][/db], rediss://... for TLS (with ?cacert=file&amp;cert=file&amp;key=file&amp;sni=name&amp;insecure=1), unix://[user[:password]@]/path[?db=N], redis-cluster://[user[:password]@]host[:port][?node=host:port&amp;...] for a cluster or redis-sentinel://[user[:password]@]host[:port][/db][?node=host:port&amp;...]#master for a master found through sentinels (rediss-cluster://, rediss-sentinel:// with TLS).</source>
        <translation>服务器 URL：redis://[user[:password]@]host[:port][/db]、用于 TLS 的 rediss://...（可带 ?cacert=file&amp;cert=file&amp;key=file&amp;sni=name&amp;insecure=1）、unix://[user[:password]@]/path[?db=N]、用于集群的 redis-cluster://[user[:password]@]host[:port][?node=host:port&amp;...]，或用于通过哨兵查找主节点的 redis-sentinel://[user[:password]@]host[:port][/db][?node=host:port&amp;...]#master（rediss-cluster://、rediss-sentinel:// 使用 TLS）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password sent with AUTH (overrides the one in --url). Other users of the machine can read it on the command line.</source>
        <translation>通过 AUTH 发送的密码（覆盖 --url 中的密码）。本机的其他用户可以在命令行中看到它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database number to SELECT (overrides the one in --url).</source>
        <translation>要 SELECT 的数据库编号（覆盖 --url 中的编号）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a command line at startup and print its reply to stdout (repeatable).</source>
        <translation>启动时执行一条命令行，并将其回复输出到 stdout（可重复指定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the --exec commands are done: exit code 0 if all succeeded, 1 otherwise.</source>
        <translation>--exec 命令执行完毕后退出：全部成功时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with TLS (as a rediss:// URL does).</source>
        <translation>使用 TLS 连接（与 rediss:// URL 相同）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate(s) (PEM) the server&apos;s certificate is verified with, instead of the system&apos;s.</source>
        <translation>用于验证服务器证书的 CA 证书（PEM），代替系统的 CA 证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Client certificate (PEM), for servers that require one.</source>
        <translation>客户端证书（PEM），用于要求客户端证书的服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key (PEM) of --cert. If it is encrypted, its passphrase is read from the environment variable QTREDIS_TLS_KEY_PASSPHRASE.</source>
        <translation>--cert 的私钥（PEM）。如果私钥已加密，其口令从环境变量 QTREDIS_TLS_KEY_PASSPHRASE 读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name sent in the TLS handshake (SNI) and verified in the certificate (default: the host).</source>
        <translation>在 TLS 握手中发送（SNI）并在证书中验证的服务器名称（默认：主机）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Do not verify the server&apos;s certificate (anyone in between can read and change the traffic).</source>
        <translation>不验证服务器证书（中间的任何人都可以读取和篡改通信内容）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect through an SSH tunnel to this server; the Redis host and port are then as the SSH server sees them. An SSH password is read from the environment variable QTREDIS_SSH_PASSWORD.</source>
        <translation>通过到此服务器的 SSH 隧道连接；此时 Redis 主机和端口以 SSH 服务器的视角为准。SSH 密码从环境变量 QTREDIS_SSH_PASSWORD 读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[user@]host[:port]</source>
        <translation>[user@]host[:port]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH private key file. If it is encrypted, its passphrase is read from the environment variable QTREDIS_SSH_PASSPHRASE.</source>
        <translation>SSH 私钥文件。如果私钥已加密，其口令从环境变量 QTREDIS_SSH_PASSPHRASE 读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known hosts file the SSH server&apos;s key is checked against (default: ssh&apos;s, ~/.ssh/known_hosts).</source>
        <translation>用于核对 SSH 服务器密钥的 known_hosts 文件（默认：ssh 的 ~/.ssh/known_hosts）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept and record the SSH server&apos;s key if it is not known yet (a changed key is still refused).</source>
        <translation>如果 SSH 服务器的密钥尚未被认识，则接受并记录它（已更改的密钥仍会被拒绝）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh configuration file (default: ~/.ssh/config; &quot;none&quot;: none).</source>
        <translation>ssh 配置文件（默认：~/.ssh/config；&quot;none&quot;：不使用）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the Redis Cluster that the server (and each --node) belongs to; commands are routed by hash slot.</source>
        <translation>连接到该服务器（以及每个 --node）所属的 Redis 集群；命令按哈希槽路由。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One more cluster seed node or sentinel, besides the server (repeatable).</source>
        <translation>服务器之外的另一个集群种子节点或哨兵（可重复）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the master of this name, found through the sentinel at the server&apos;s address (port 26379 by default) and each --node. The sentinels&apos; password is read from the environment variable QTREDIS_SENTINEL_PASSWORD.</source>
        <translation>连接到该名称的主节点，通过服务器地址上的哨兵（默认端口 26379）以及每个 --node 查找。哨兵的密码从环境变量 QTREDIS_SENTINEL_PASSWORD 读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACL user on the sentinels (the URL&apos;s user and --password are the data nodes&apos;).</source>
        <translation>哨兵上的 ACL 用户（URL 中的用户和 --password 用于数据节点）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from replicas: with --cluster, read-only commands go to replicas; with --sentinel-master, the console connects to a replica instead of the master.</source>
        <translation>从副本读取：使用 --cluster 时，只读命令发送到副本；使用 --sentinel-master 时，控制台连接到副本而不是主节点。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--url cannot be combined with --host, --port or --socket.</source>
        <translation>--url 不能与 --host、--port 或 --socket 同时使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--socket cannot be combined with --host or --port.</source>
        <translation>--socket 不能与 --host 或 --port 同时使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --url: %1</source>
        <translation>无效的 --url：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --port: %1</source>
        <translation>无效的 --port：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid --db: %1</source>
        <translation>无效的 --db：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--cluster and --sentinel-master cannot be combined.</source>
        <translation>--cluster 和 --sentinel-master 不能同时使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cluster and --sentinel-master need a host and port, not a unix socket.</source>
        <translation>--cluster 和 --sentinel-master 需要主机和端口，而不是 unix 套接字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cluster cannot be combined with a redis-sentinel:// URL.</source>
        <translation>--cluster 不能与 redis-sentinel:// URL 同时使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sentinel-master cannot be combined with a redis-cluster:// URL.</source>
        <translation>--sentinel-master 不能与 redis-cluster:// URL 同时使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sentinel-master needs the name of the master.</source>
        <translation>--sentinel-master 需要主节点的名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --node: %1 (use host:port)</source>
        <translation>无效的 --node：%1（请使用 host:port）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--node needs --cluster, --sentinel-master, or a redis-cluster:// or redis-sentinel:// URL.</source>
        <translation>--node 需要 --cluster、--sentinel-master，或 redis-cluster:// 或 redis-sentinel:// URL。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--replica needs --cluster, --sentinel-master, or a redis-cluster:// or redis-sentinel:// URL.</source>
        <translation>--replica 需要 --cluster、--sentinel-master，或 redis-cluster:// 或 redis-sentinel:// URL。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sentinel-user needs --sentinel-master or a redis-sentinel:// URL.</source>
        <translation>--sentinel-user 需要 --sentinel-master 或 redis-sentinel:// URL。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cluster has database 0 only (database %1 was given).</source>
        <translation>集群只有数据库 0（给出的是数据库 %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--cacert, --cert, --key, --sni and --insecure need --tls or a rediss:// URL.</source>
        <translation>--cacert、--cert、--key、--sni 和 --insecure 需要 --tls 或 rediss:// URL。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ssh-key, --ssh-known-hosts, --ssh-accept-new-host-key and --ssh-config need --ssh.</source>
        <translation>--ssh-key、--ssh-known-hosts、--ssh-accept-new-host-key 和 --ssh-config 需要 --ssh。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid --ssh: %1 (use [user@]host[:port])</source>
        <translation>无效的 --ssh：%1（请使用 [user@]host[:port]）</translation>
    </message>
    <message>
        <location filename="../examples/browser/Main.qml" line="+40"/>
        <source>%1 — QtRedis Browser</source>
        <translation>%1 — QtRedis 浏览器</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+408"/>
        <source>QtRedis Browser</source>
        <translation>QtRedis 浏览器</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection could not be saved: the name is empty or taken.</source>
        <translation>无法保存连接：名称为空或已被占用。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SSH host key refused</source>
        <translation>SSH 主机密钥被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH server&apos;s host key has changed. Someone may be intercepting the connection, or the server was reinstalled. Check the new key with the server&apos;s administrator, then remove the old key from the known hosts file.

%1</source>
        <translation>SSH 服务器的主机密钥已更改。可能有人正在拦截连接，也可能服务器已重新安装。请与服务器管理员核对新密钥，然后从 known_hosts 文件中删除旧密钥。

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown SSH host key</source>
        <translation>未知的 SSH 主机密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH server of “%1” is not known yet. Compare the fingerprint with the one the server&apos;s administrator gives you before you trust it.</source>
        <translation>“%1”的 SSH 服务器尚未被认识。在信任它之前，请将指纹与服务器管理员提供的指纹进行比对。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this host key (fingerprint %1) and connect</source>
        <translation>信任此主机密钥（指纹 %1）并连接</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no saved connection named “%1”</source>
        <translation>没有名为“%1”的已保存连接</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New connection…</source>
        <translation>新建连接(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close connection</source>
        <translation>关闭连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Key</source>
        <translation>键(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New key…</source>
        <translation>新建键(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh keys</source>
        <translation>刷新键(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find keys…</source>
        <translation>查找键(&amp;F)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;name key…</source>
        <translation>重命名键(&amp;M)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete key…</source>
        <translation>删除键(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keys</source>
        <translation>键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onsole</source>
        <translation>控制台(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pub/Sub</source>
        <translation>发布/订阅(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About QtRedis Browser</source>
        <translation>关于 QtRedis 浏览器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtRedis Browser: an asynchronous Redis browser built with Qt Quick and QtRedis.
Settings: %1</source>
        <translation>QtRedis 浏览器：基于 Qt Quick 和 QtRedis 构建的异步 Redis 浏览器。
设置：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+N  new connection</source>
        <translation>Ctrl+N  新建连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+W  close connection</source>
        <translation>Ctrl+W  关闭连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K  new key</source>
        <translation>Ctrl+K  新建键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F5  refresh keys</source>
        <translation>F5  刷新键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F  filter keys</source>
        <translation>Ctrl+F  过滤键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2  rename key</source>
        <translation>F2  重命名键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete  delete the selected key (in the key tree)</source>
        <translation>Delete  删除所选键（在键树中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1…4  Keys, Console, Server, Pub/Sub</source>
        <translation>Ctrl+1…4  键、控制台、服务器、发布/订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up/Down in the console  command history</source>
        <translation>控制台中的上/下方向键  命令历史</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved connection “%1”?</source>
        <translation>删除已保存的连接“%1”？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open a saved connection on the left, or create a new one.</source>
        <translation>在左侧打开已保存的连接，或新建一个连接。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New connection…</source>
        <translation>新建连接…</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/MessageDialog.qml" line="+28"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/NewKeyDialog.qml" line="+29"/>
        <source>New key</source>
        <translation>新建键</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the key&apos;s name.</source>
        <translation>请输入键名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Enter the first field&apos;s name.</source>
        <translation>请输入第一个字段的名称。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The score must be a number.</source>
        <translation>分数必须是数字。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>A key with this name exists already.</source>
        <translation>已存在同名的键。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. user:42 (HH escapes allowed)</source>
        <translation type="vanished">例如 user:42（允许 \xHH 转义）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. user:42 (%1 escapes allowed)</source>
        <translation>例如 user:42（允许 %1 转义）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>集合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted set</source>
        <translation>有序集合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream ID</source>
        <translation>流 ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expire after</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/PasswordDialog.qml" line="+18"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The passphrase of the TLS client key for “%1” is not saved. Enter it to connect:</source>
        <translation>“%1”的 TLS 客户端私钥口令未保存。请输入以连接：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH password for “%1” is not saved. Enter it to connect:</source>
        <translation>“%1”的 SSH 密码未保存。请输入以连接：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase of the SSH key for “%1” is not saved. Enter it to connect:</source>
        <translation>“%1”的 SSH 密钥口令未保存。请输入以连接：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sentinels&apos; password for “%1” is not saved. Enter it to connect:</source>
        <translation>“%1”的哨兵密码未保存。请输入以连接：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password for “%1” is not saved. Enter it to connect:</source>
        <translation>“%1”的密码未保存。请输入密码以连接：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PubSubPage</name>
    <message numerus="yes">
        <source>Delivered to %n subscriber(s)</source>
        <translation type="vanished">
            <numerusform>已送达 %n 个订阅者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/pages/PubSubPage.qml" line="+70"/>
        <source>Subscribers that received it: %1</source>
        <translation>收到该消息的订阅者：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsubscribing</source>
        <translation>正在取消订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsubscribed</source>
        <translation>已取消订阅</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+121"/>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>news</source>
        <translation>news</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>news.*</source>
        <translation>news.*</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>pattern %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel %1</source>
        <translation>频道 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not subscribed to anything.</source>
        <translation>尚未订阅任何内容。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Messages (%1)</source>
        <translation>消息（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payload</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Publish to</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decode %1 escapes in the message</source>
        <translation>解码消息中的 %1 转义</translation>
    </message>
    <message>
        <source>Decode HH, 
, 	 and \ escapes in the message</source>
        <translation type="obsolete">解码消息中的 \xHH、
、	 和 \ 转义</translation>
    </message>
</context>
<context>
    <name>RedisClient</name>
    <message>
        <source>Connecting to %1 timed out after %2 ms</source>
        <translation type="vanished">连接 %1 超时（%2 毫秒）</translation>
    </message>
    <message>
        <location filename="../src/client/commandqueue.cpp" line="+24"/>
        <location filename="../src/cluster/clusterrouter.cpp" line="+505"/>
        <source>Empty command</source>
        <translation>空命令</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cluster/clusterrouter.cpp" line="+5"/>
        <source>%1 cannot be sent with command(): it turns the connection into a stream of messages</source>
        <translation>%1 不能通过 command() 发送：它会把连接变成消息流</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HELLO %1: this client speaks RESP2 only (use HELLO 2, or HELLO without a version)</source>
        <translation>HELLO %1：此客户端仅支持 RESP2（请使用 HELLO 2，或不带版本的 HELLO）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+70"/>
        <source>The connection is closing</source>
        <translation>连接正在关闭</translation>
    </message>
    <message numerus="yes">
        <location line="-80"/>
        <location filename="../src/cluster/clusterrouter.cpp" line="+51"/>
        <source>%n command(s) already wait for the connection</source>
        <translation>
            <numerusform>已有 %n 条命令在等待连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/client/redisclient.cpp" line="+350"/>
        <location filename="../src/cluster/clusterrouter.cpp" line="-337"/>
        <location line="+293"/>
        <source>The client was destroyed</source>
        <translation>客户端已被销毁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected to a Redis server</source>
        <translation>未连接到 Redis 服务器</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No reply from %1 in time; the command may or may not have been executed</source>
        <translation>未及时收到 %1 的回复；该命令可能已执行，也可能未执行</translation>
    </message>
    <message>
        <source>Host %1 not found: %2</source>
        <translation type="vanished">找不到主机 %1：%2</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation type="vanished">内存不足</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="vanished">无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot attach to the event loop</source>
        <translation type="vanished">无法附加到事件循环</translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation type="vanished">在 %1 上身份验证失败：%2</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation type="vanished">%1 拒绝了连接：%2</translation>
    </message>
    <message>
        <source>Protocol error from %1: it sent a reply to no command</source>
        <translation type="vanished">来自 %1 的协议错误：收到了不对应任何命令的回复</translation>
    </message>
    <message>
        <source>Protocol error from %1: it announced an array of more than %2 elements</source>
        <translation type="vanished">来自 %1 的协议错误：声明的数组超过 %2 个元素</translation>
    </message>
    <message>
        <source>Protocol error from %1: %2</source>
        <translation type="vanished">来自 %1 的协议错误：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation type="vanished">%1 关闭了连接</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation type="vanished">%1 关闭了连接：%2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation type="vanished">连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed</source>
        <translation type="vanished">与 %1 的连接已关闭</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Connection lost before the reply arrived; the command may or may not have been executed (%1)</source>
        <translation>收到回复前连接已断开；该命令可能已执行，也可能未执行（%1）</translation>
    </message>
    <message>
        <source>%1 did not answer a PING within %2 ms</source>
        <translation type="vanished">%1 未在 %2 毫秒内响应 PING</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database number</source>
        <translation type="vanished">“%1”不是数据库编号</translation>
    </message>
    <message>
        <source>The URL is not valid: %1</source>
        <translation type="vanished">URL 无效：%1</translation>
    </message>
    <message>
        <source>Invalid port</source>
        <translation type="vanished">端口无效</translation>
    </message>
    <message>
        <source>A unix:// URL needs a socket path</source>
        <translation type="vanished">unix:// URL 需要套接字路径</translation>
    </message>
    <message>
        <source>TLS (rediss://) is not supported yet</source>
        <translation type="vanished">尚不支持 TLS（rediss://）</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos;: use redis:// or unix://</source>
        <translation type="vanished">不支持的 URL 协议“%1”：请使用 redis:// 或 unix://</translation>
    </message>
    <message>
        <location filename="../src/client/redisclient.cpp" line="-280"/>
        <source>commandOnNode() needs a cluster client (connectToCluster())</source>
        <translation>commandOnNode() 需要集群客户端（connectToCluster()）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Disconnected from the cluster</source>
        <translation>已与集群断开连接</translation>
    </message>
    <message>
        <location line="+569"/>
        <location line="+11"/>
        <source>Connecting to another server</source>
        <translation>正在连接到另一台服务器</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disconnected by the application</source>
        <translation>已被应用程序断开</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aborted by the application</source>
        <translation>已被应用程序中止</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+50"/>
        <source>RedisClient::command() was called from a thread other than the client&apos;s</source>
        <translation>RedisClient::command() 在客户端所属线程以外的线程中被调用</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>RedisClient::commandFuture() was called from a thread other than the client&apos;s</source>
        <translation>RedisClient::commandFuture() 在客户端所属线程以外的线程中被调用</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 ms</source>
        <translation type="vanished">无法在 %2 毫秒内连接到 %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="vanished">无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The server closed the connection (%1)</source>
        <translation type="vanished">服务器关闭了连接（%1）</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="vanished">与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>The server announced an array of more than %1 elements</source>
        <translation type="vanished">服务器声明的数组超过 %1 个元素</translation>
    </message>
    <message>
        <source>%1 refused the connection setup: %2</source>
        <translation type="vanished">%1 拒绝了连接初始化：%2</translation>
    </message>
    <message>
        <source>%1 sent an error: %2</source>
        <translation type="vanished">%1 返回了错误：%2</translation>
    </message>
    <message>
        <source>Protocol error from %1: unexpected pub/sub message (%2)</source>
        <translation type="vanished">来自 %1 的协议错误：意外的发布/订阅消息（%2）</translation>
    </message>
    <message>
        <location filename="../src/pubsub/subscriptionsession.cpp" line="+318"/>
        <source>array of %1</source>
        <translation>包含 %1 个元素的数组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply type %1</source>
        <translation>回复类型 %1</translation>
    </message>
    <message>
        <location filename="../src/pubsub/monitorsession.cpp" line="+37"/>
        <source>MONITOR refused: %1</source>
        <translation>MONITOR 被拒绝：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocol error from %1: unexpected reply to MONITOR</source>
        <translation>来自 %1 的协议错误：MONITOR 的回复不符合预期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Protocol error from %1: unexpected MONITOR output</source>
        <translation>来自 %1 的协议错误：意外的 MONITOR 输出</translation>
    </message>
    <message>
        <location filename="../src/cluster/clusterrouter.cpp" line="-136"/>
        <source>%1 is not a cluster node (cluster support is disabled): connect to it with connectToHost()</source>
        <translation>%1 不是集群节点（集群支持已禁用）：请使用 connectToHost() 连接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not give the slot map: %2</source>
        <translation>%1 未提供槽位映射：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent an unusable slot map: %2</source>
        <translation>%1 发送了无法使用的槽位映射：%2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Not connected to a Redis cluster</source>
        <translation>未连接到 Redis 集群</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be used on a cluster client: %2</source>
        <translation>%1 不能在集群客户端上使用：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keys of %1 map to different hash slots; use a hash tag ({...}) to keep them in one slot</source>
        <translation>%1 的键映射到不同的哈希槽；请使用哈希标签（{...}）使它们位于同一槽位</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+236"/>
        <source>no node serves hash slot %1</source>
        <translation>没有节点负责哈希槽 %1</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>No reply from the cluster in time; the command did not run</source>
        <translation>集群未及时回复；命令未执行</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Gave up after %1 redirects or retries; the command did not run (last: %2)</source>
        <translation>在 %1 次重定向或重试后放弃；命令未执行（最后：%2）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No slot map from the cluster in time; the command did not run</source>
        <translation>未及时获得集群的槽位映射；命令未执行</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>The cluster has no master</source>
        <translation>集群没有主节点</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid SCAN cursor for this cluster</source>
        <translation>此集群的 SCAN 游标无效</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A node&apos;s SCAN cursor is too large to join</source>
        <translation>某节点的 SCAN 游标过大，无法合并</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No such node in the cluster</source>
        <translation>集群中没有此节点</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a node of the cluster</source>
        <translation>%1 不是集群的节点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commandOnNode() needs a command that is not a stream command</source>
        <translation>commandOnNode() 需要非流命令</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client is disconnecting</source>
        <translation>客户端正在断开连接</translation>
    </message>
</context>
<context>
    <name>RedisClientQmlExtension</name>
    <message>
        <location filename="../qml/redisqmlclient.cpp" line="+442"/>
        <source>The callback of cliCommand() is not a function</source>
        <translation>cliCommand() 的回调不是函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The callback of command() is not a function</source>
        <translation>command() 的回调不是函数</translation>
    </message>
</context>
<context>
    <name>RedisConnectionOptions</name>
    <message>
        <location filename="../src/core/redisconnectionoptions.cpp" line="+302"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 不包含 PEM 证书</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A client certificate needs both a certificate file and a key file</source>
        <translation>客户端证书需要同时提供证书文件和私钥文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no usable private key (is it encrypted?)</source>
        <translation>%1 不包含可用的私钥（是否已加密？）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no usable private key, or the passphrase is wrong</source>
        <translation>%1 不包含可用的私钥，或口令错误</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>&apos;%1&apos; is not a database number</source>
        <translation>“%1”不是数据库编号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The URL is not valid: %1</source>
        <translation>URL 无效：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>node= is for redis-cluster:// and redis-sentinel:// URLs</source>
        <translation>node= 仅用于 redis-cluster:// 和 redis-sentinel:// URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a node address (host:port)</source>
        <translation>“%1”不是节点地址（host:port）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid port</source>
        <translation>端口无效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A unix:// URL needs a socket path</source>
        <translation>unix:// URL 需要套接字路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported URL scheme &apos;%1&apos;: use redis://, rediss://, unix://, redis-cluster:// or redis-sentinel://</source>
        <translation>不支持的 URL 协议“%1”：请使用 redis://、rediss://、unix://、redis-cluster:// 或 redis-sentinel://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cluster has database 0 only</source>
        <translation>集群只有数据库 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A redis-sentinel:// URL needs the master&apos;s name (#name or ?master=name)</source>
        <translation>redis-sentinel:// URL 需要主节点的名称（#name 或 ?master=name）</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos;: use redis://, rediss:// or unix://</source>
        <translation type="vanished">不支持的 URL 协议“%1”：请使用 redis://、rediss:// 或 unix://</translation>
    </message>
    <message>
        <source>TLS (rediss://) is not supported yet</source>
        <translation type="vanished">尚不支持 TLS（rediss://）</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos;: use redis:// or unix://</source>
        <translation type="vanished">不支持的 URL 协议“%1”：请使用 redis:// 或 unix://</translation>
    </message>
</context>
<context>
    <name>RedisHashModel</name>
    <message>
        <location filename="../src/models/redishashmodel.cpp" line="+192"/>
        <source>The hash has no such field</source>
        <translation>哈希中没有该字段</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>RedisKeysModel</name>
    <message>
        <location filename="../src/models/rediskeysloading.cpp" line="+75"/>
        <source>No Redis client is set</source>
        <translation>未设置 Redis 客户端</translation>
    </message>
    <message>
        <source>The Redis client was destroyed</source>
        <translation type="vanished">Redis 客户端已被销毁</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>SCAN failed: %1</source>
        <translation>SCAN 失败：%1</translation>
    </message>
    <message>
        <source>SCAN failed: unexpected reply</source>
        <translation type="vanished">SCAN 失败：回复不符合预期</translation>
    </message>
    <message>
        <location filename="../src/models/rediskeysmodel.cpp" line="+541"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>RedisListModel</name>
    <message>
        <location filename="../src/models/redislistmodel.cpp" line="+154"/>
        <source>The list is empty</source>
        <translation>列表为空</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+7"/>
        <source>The element was not removed</source>
        <translation>元素未被移除</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>RedisQmlText</name>
    <message>
        <location filename="../qml/redisqmltext.cpp" line="+49"/>
        <source>unbalanced quotes, or a closing quote not followed by a space</source>
        <translation>引号不成对，或右引号后没有空格</translation>
    </message>
</context>
<context>
    <name>RedisQmlValue</name>
    <message>
        <location filename="../qml/redisqmlvalue.cpp" line="+83"/>
        <source>command() takes an array of arguments, e.g. [&quot;GET&quot;, &quot;key&quot;]</source>
        <translation>command() 需要一个参数数组，例如 [&quot;GET&quot;, &quot;key&quot;]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Argument %1 of command() is not a string, a number or an ArrayBuffer</source>
        <translation>command() 的第 %1 个参数不是字符串、数字或 ArrayBuffer</translation>
    </message>
</context>
<context>
    <name>RedisReply</name>
    <message>
        <location filename="../src/client/redisreply.cpp" line="+76"/>
        <source>The request was aborted</source>
        <translation>请求已中止</translation>
    </message>
</context>
<context>
    <name>RedisScan</name>
    <message>
        <location filename="../src/helpers/redisscanner.cpp" line="+148"/>
        <source>expected an array of two elements</source>
        <translation>应为包含两个元素的数组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cursor is not a decimal number</source>
        <translation>游标不是十进制数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the elements are not an array</source>
        <translation>元素不是数组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an odd number of elements where pairs were expected</source>
        <translation>应为成对的元素，但元素个数为奇数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>element %1 is not a string</source>
        <translation>元素 %1 不是字符串</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The scan has no client</source>
        <translation>扫描没有客户端</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unexpected reply to %1: %2</source>
        <translation>%1 的回复不符合预期：%2</translation>
    </message>
</context>
<context>
    <name>RedisScript</name>
    <message>
        <location filename="../src/helpers/redisscript.cpp" line="+147"/>
        <source>RedisScript::run() was called without a client</source>
        <translation>调用 RedisScript::run() 时没有客户端</translation>
    </message>
</context>
<context>
    <name>RedisSetModel</name>
    <message>
        <location filename="../src/models/redissetmodel.cpp" line="+143"/>
        <source>The set has no such member</source>
        <translation>集合中没有该成员</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>RedisSortedSetModel</name>
    <message>
        <location filename="../src/models/redissortedsetmodel.cpp" line="+36"/>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an odd number of elements where pairs were expected</source>
        <translation>应为成对的元素，但元素个数为奇数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element %1 is not a member and a score</source>
        <translation>元素 %1 不是成员与分数</translation>
    </message>
    <message>
        <location line="+162"/>
        <location line="+16"/>
        <source>The sorted set has no such member</source>
        <translation>有序集合中没有该成员</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
</context>
<context>
    <name>RedisStreamModel</name>
    <message>
        <location filename="../src/models/redisstreammodel.cpp" line="+21"/>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 is not an ID and fields</source>
        <translation>条目 %1 不是 ID 与字段</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 has an odd number of fields and values</source>
        <translation>条目 %1 的字段和值的个数为奇数</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>An entry needs field and value pairs</source>
        <translation>条目需要字段与值的配对</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An entry needs an ID (&quot;*&quot;: the server chooses one)</source>
        <translation>条目需要一个 ID（“*”表示由服务器生成）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>XADD did not return an ID</source>
        <translation>XADD 未返回 ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fields and values must be strings</source>
        <translation>字段和值必须是字符串</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The stream has no such entry</source>
        <translation>流中没有该条目</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>RedisStringValue</name>
    <message>
        <location filename="../src/models/redisstringvalue.cpp" line="+140"/>
        <location line="+284"/>
        <source>No key is set</source>
        <translation>未设置键</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+280"/>
        <source>No client is set</source>
        <translation>未设置客户端</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Unexpected reply to the value&apos;s transaction</source>
        <translation>该值的事务回复不符合预期</translation>
    </message>
</context>
<context>
    <name>RedisSubscription</name>
    <message>
        <location filename="../qml/redisqmlsubscription.cpp" line="+86"/>
        <source>Set either channel or pattern, not both</source>
        <translation>只能设置频道或模式之一，不能同时设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client belongs to another thread</source>
        <translation>客户端属于另一个线程</translation>
    </message>
</context>
<context>
    <name>RedisTransaction</name>
    <message>
        <location filename="../src/helpers/redistransaction.cpp" line="+120"/>
        <source>%1; the transaction was not sent</source>
        <translation>%1；事务未发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection attempt was cancelled; the transaction was not sent</source>
        <translation>连接尝试已取消；事务未发送</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The connection was lost after WATCH, so the watched keys are no longer watched; the transaction was not sent</source>
        <translation>WATCH 之后连接已断开，被监视的键不再受监视；事务未发送</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The keys of the transaction map to different hash slots; use a hash tag ({...}) to keep them in one slot. The transaction was not sent</source>
        <translation>事务的键映射到不同的哈希槽；请使用哈希标签（{...}）使它们位于同一槽位。事务未发送</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No node of the cluster serves the transaction&apos;s keys; it was not sent</source>
        <translation>集群中没有节点负责该事务的键；事务未发送</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>MULTI failed: %1</source>
        <translation>MULTI 失败：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>EXEC returned %1 replies for %2 queued commands</source>
        <translation>EXEC 为 %2 条排队的命令返回了 %1 个回复</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected reply to EXEC: %1</source>
        <translation>EXEC 的回复不符合预期：%1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not connected within %1 ms; the transaction was not sent</source>
        <translation>%1 毫秒内未能连接；事务未发送</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client was destroyed; the transaction was not sent</source>
        <translation>客户端已被销毁；事务未发送</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+89"/>
        <source>The transaction has no client; it was not sent</source>
        <translation>事务没有客户端；未发送</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No node of the cluster serves the watched keys; the transaction was not sent</source>
        <translation>集群中没有节点负责被监视的键；事务未发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The watched keys map to different hash slots; the transaction was not sent</source>
        <translation>被监视的键映射到不同的哈希槽；事务未发送</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WATCH failed (%1); the transaction was not sent</source>
        <translation>WATCH 失败（%1）；事务未发送</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>RedisTransaction::exec() was called from a thread other than the client&apos;s</source>
        <translation>RedisTransaction::exec() 在客户端所属线程以外的线程中被调用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not connected to the server the WATCH was sent to; the transaction was not sent</source>
        <translation>未连接到接收 WATCH 的服务器；事务未发送</translation>
    </message>
</context>
<context>
    <name>RedisValueModel</name>
    <message>
        <location filename="../src/models/redisvaluemodel.cpp" line="+62"/>
        <source>this model does not read its rows again</source>
        <translation>此模型不会重新读取其行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>element %1 is not a string</source>
        <translation>元素 %1 不是字符串</translation>
    </message>
    <message>
        <source>expected a cursor and an array</source>
        <translation type="vanished">应为游标和数组</translation>
    </message>
    <message>
        <source>the cursor is not a number</source>
        <translation type="vanished">游标不是数字</translation>
    </message>
    <message>
        <source>an odd number of elements where pairs were expected</source>
        <translation type="vanished">应为成对的元素，但元素个数为奇数</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>this model pages with SCAN</source>
        <translation>此模型通过 SCAN 分页读取</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>Unexpected reply to %1: %2</source>
        <translation>%1 的回复不符合预期：%2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The model has no client</source>
        <translation>模型没有客户端</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model has no key</source>
        <translation>模型没有键</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unexpected reply to the edit</source>
        <translation>编辑操作的回复不符合预期</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/RenameDialog.qml" line="+19"/>
        <source>Rename key</source>
        <translation>重命名键</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 are escapes. If the name is taken you are asked before it is replaced.</source>
        <translation>%1 为转义序列。如果名称已被占用，替换前会先询问你。</translation>
    </message>
    <message>
        <source>HH, 
, 	 and \ are escapes. If the name is taken you are asked before it is replaced.</source>
        <translation type="obsolete">\xHH、
、	 和 \ 是转义序列。如果名称已被占用，替换前会先询问你。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <location filename="../examples/browser/main.cpp" line="+57"/>
        <source>the initial data did not load within 30 s</source>
        <translation>初始数据未能在 30 秒内加载</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>could not save the screenshot to %1</source>
        <translation>无法将截图保存到 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>screenshot saved to %1 (%2x%3)</source>
        <translation>截图已保存到 %1（%2x%3）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no screenshot: %1</source>
        <translation>未生成截图：%1</translation>
    </message>
</context>
<context>
    <name>SentinelLocator</name>
    <message>
        <location filename="../src/connection/sentinellocator.cpp" line="+59"/>
        <source>it refused the command</source>
        <translation>它拒绝了该命令</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无应答</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the sentinels do not know a master named &apos;%1&apos;</source>
        <translation>哨兵不知道名为“%1”的主节点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sentinels %1 refused the credentials: %2</source>
        <translation>哨兵 %1 拒绝了凭据：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sentinel of %1 could be reached: %2</source>
        <translation>%1 中没有可连接的哨兵：%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+16"/>
        <source>%1 does not know the master</source>
        <translation>%1 不知道主节点</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 knows no healthy replica of &apos;%2&apos;</source>
        <translation>%1 不知道“%2”的健康副本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 sent an answer of the wrong shape</source>
        <translation>%1 发送了格式错误的应答</translation>
    </message>
</context>
<context>
    <name>SentinelWatcher</name>
    <message>
        <location filename="../src/connection/sentinelwatcher.cpp" line="+120"/>
        <source>%1 refused SUBSCRIBE</source>
        <translation>%1 拒绝了 SUBSCRIBE</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../examples/browser/pages/ServerPage.qml" line="+78"/>
        <source>master</source>
        <translation>主节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replica of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients (%1)</source>
        <translation>客户端（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow log (%1)</source>
        <translation>慢日志（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nodes (%1)</source>
        <translation>节点 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Master</source>
        <translation>主节点</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh every 5 s</source>
        <translation>每 5 秒刷新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter fields, e.g. memory</source>
        <translation>过滤字段，例如 memory</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Press Refresh to read INFO.</source>
        <translation>点击“刷新”读取 INFO。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+56"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (s)</source>
        <translation>连接时长（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle (s)</source>
        <translation>空闲（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DB</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last command</source>
        <translation>最近的命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The slow log is empty.</source>
        <translation>慢日志为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (µs)</source>
        <translation>耗时（微秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current master (named by the sentinels): %1</source>
        <translation>当前主节点（由哨兵指定）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No master known yet.</source>
        <translation>尚不知道主节点。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The slot map is not loaded yet.</source>
        <translation>槽位映射尚未加载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots</source>
        <translation>槽位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot count</source>
        <translation>槽位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a node to see its INFO.</source>
        <translation>选择一个节点以查看其 INFO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: loading INFO…</source>
        <translation>%1：正在加载 INFO…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: memory used %2</source>
        <translation>%1：已用内存 %2</translation>
    </message>
</context>
<context>
    <name>SetValueView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="vanished">
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/SetValueView.qml" line="+23"/>
        <source>Members: %1</source>
        <translation>成员数：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace member</source>
        <translation>替换成员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this member?</source>
        <translation>移除此成员？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
</context>
<context>
    <name>SimpleTable</name>
    <message>
        <location filename="../examples/browser/components/SimpleTable.qml" line="+13"/>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
</context>
<context>
    <name>SortedSetValueView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="vanished">
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/SortedSetValueView.qml" line="+23"/>
        <source>Members: %1</source>
        <translation>成员数：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+39"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change score</source>
        <translation>修改分数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this member?</source>
        <translation>移除此成员？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change score…</source>
        <translation>修改分数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>SSH tunnels are not available</source>
        <translation type="vanished">SSH 隧道不可用</translation>
    </message>
    <message>
        <location filename="../examples/browser/glue/connectionconfig.cpp" line="+242"/>
        <location filename="../src/connection/sshtunnel.cpp" line="+468"/>
        <source>The host key of the SSH server %1 has changed: it sent %2, which differs from the key in the known hosts file</source>
        <translation>SSH 服务器 %1 的主机密钥已更改：它发送了 %2，与 known_hosts 文件中的密钥不同</translation>
    </message>
    <message>
        <location filename="../src/connection/sshtunnel.cpp" line="-150"/>
        <source>Cannot open an SSH tunnel to %1: the OpenSSH client (ssh) is not installed</source>
        <translation>无法打开到 %1 的 SSH 隧道：未安装 OpenSSH 客户端（ssh）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open an SSH tunnel to %1: no private directory in %2 (%3)</source>
        <translation>无法打开到 %1 的 SSH 隧道：无法在 %2 中创建私有目录（%3）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open an SSH tunnel to %1: cannot prepare the askpass helper for the password or passphrase</source>
        <translation>无法打开到 %1 的 SSH 隧道：无法为密码或口令准备 askpass 辅助程序</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>SSH to %1 did not create the tunnel&apos;s socket %2</source>
        <translation>到 %1 的 SSH 未创建隧道套接字 %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>ssh was ended by a signal</source>
        <translation>ssh 被信号终止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssh exited with code %1</source>
        <translation>ssh 以代码 %1 退出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an unknown key</source>
        <translation>未知密钥</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The host key of the SSH server %1 is unknown: it is not in the known hosts file</source>
        <translation>SSH 服务器 %1 的主机密钥未知：它不在 known_hosts 文件中</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>The host key of the SSH server %1 is unknown: %2 is not in the known hosts file</source>
        <translation>SSH 服务器 %1 的主机密钥未知：%2 不在 known_hosts 文件中</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The host key of the SSH server %1 was rejected: %2</source>
        <translation>SSH 服务器 %1 的主机密钥被拒绝：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH authentication to %1 failed: %2</source>
        <translation>到 %1 的 SSH 认证失败：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open an SSH tunnel to %1: %2</source>
        <translation>无法打开到 %1 的 SSH 隧道：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH tunnel to %1 failed: %2</source>
        <translation>到 %1 的 SSH 隧道失败：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open an SSH tunnel to %1: ssh did not start (%2)</source>
        <translation>无法打开到 %1 的 SSH 隧道：ssh 未能启动（%2）</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>SSH to %1 did not open the tunnel within %2 ms</source>
        <translation>到 %1 的 SSH 未在 %2 毫秒内打开隧道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH to %1 did not open the tunnel within %2 ms: %3</source>
        <translation>到 %1 的 SSH 未在 %2 毫秒内打开隧道：%3</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The SSH tunnel to %1 was restarted for other options</source>
        <translation>到 %1 的 SSH 隧道因选项变化而重新启动</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The SSH tunnel was closed</source>
        <translation>SSH 隧道已关闭</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../examples/browser/StatusBar.qml" line="+20"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnecting…</source>
        <translation>正在断开…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost: reconnecting in %1 s (attempt %2)</source>
        <translation>连接已断开：%1 秒后重新连接（第 %2 次尝试）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Round trip: %1</source>
        <translation>往返时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost: reconnecting in %n s (attempt %1)</source>
        <translation type="vanished">
            <numerusform>连接已断开：%n 秒后重新连接（第 %1 次尝试）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+12"/>
        <source>Disconnected: %1</source>
        <translation>已断开：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reconnect now</source>
        <translation>立即重新连接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation type="vanished">往返时间：%1 毫秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>db%1</source>
        <translation>db%1</translation>
    </message>
</context>
<context>
    <name>StreamEntryDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/StreamEntryDialog.qml" line="+25"/>
        <source>Add stream entry</source>
        <translation>添加流条目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stream entry %1</source>
        <translation>流条目 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every value needs a field name.</source>
        <translation>每个值都需要字段名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add at least one field.</source>
        <translation>请至少添加一个字段。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>* lets the server choose the ID</source>
        <translation>* 表示由服务器生成 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove field</source>
        <translation>移除字段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fields and values take %1 escapes.</source>
        <translation>字段和值支持 %1 转义。</translation>
    </message>
    <message>
        <source>Fields and values take HH, 
, 	 and \ escapes.</source>
        <translation type="obsolete">字段和值支持 \xHH、
、	 和 \ 转义。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StreamValueView</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation type="vanished">
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/StreamValueView.qml" line="+24"/>
        <source>Entries: %1</source>
        <translation>条目数：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this stream entry?</source>
        <translation>删除此流条目？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add entry…</source>
        <translation>添加条目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>StringValueView</name>
    <message>
        <location filename="../examples/browser/values/StringValueView.qml" line="+22"/>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Showing the first %1 of %2 (read only). Loading all of it may take a while.</source>
        <translation>显示前 %1，共 %2（只读）。全部加载可能需要一些时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load all</source>
        <translation>全部加载</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving keeps the TTL (SET … KEEPTTL).</source>
        <translation>保存时保留 TTL（SET … KEEPTTL）。</translation>
    </message>
</context>
<context>
    <name>TlsRelayTransport</name>
    <message>
        <location filename="../src/transport/tlsrelaytransport.cpp" line="+185"/>
        <source>cannot create a private directory for the TLS relay</source>
        <translation>无法为 TLS 中继创建私有目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TLS relay&apos;s socket path is too long</source>
        <translation>TLS 中继的套接字路径过长</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the TLS relay cannot listen: %1</source>
        <translation>TLS 中继无法监听：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the TLS relay did not get hiredis&apos;s connection: %1</source>
        <translation>TLS 中继未收到 hiredis 的连接：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TLS relay was reached by another process</source>
        <translation>有其他进程连接到了 TLS 中继</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>TLS relay: %1</source>
        <translation>TLS 中继：%1</translation>
    </message>
</context>
<context>
    <name>TlsSession</name>
    <message>
        <location filename="../src/transport/tlssupport.cpp" line="+39"/>
        <source>The socket path is too long</source>
        <translation>套接字路径过长</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the server does not speak TLS on this port (is it a plain-text port?)</source>
        <translation>服务器在此端口上不使用 TLS（是否为明文端口？）</translation>
    </message>
    <message>
        <source>the server requires a client certificate</source>
        <translation type="vanished">服务器要求客户端证书</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the handshake failed: %1</source>
        <translation>握手失败：%1</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+19"/>
        <source>the server requires a client certificate (tls-auth-clients): set a certificate and a key</source>
        <translation>服务器要求客户端证书（tls-auth-clients）：请设置证书和私钥</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the server closed the connection during the TLS handshake (it may have too many clients, or not accept TLS here)</source>
        <translation>服务器在 TLS 握手期间关闭了连接（可能客户端过多，或此处不接受 TLS）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>the server refused the client certificate (%1)</source>
        <translation>服务器拒绝了客户端证书（%1）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the server&apos;s certificate (issued by &quot;%1&quot;) is not signed by a trusted CA; set the CA file</source>
        <translation>服务器证书（由“%1”签发）未由受信任的 CA 签名；请设置 CA 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s certificate is for %1, not %2</source>
        <translation>服务器证书属于 %1，而不是 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s certificate expired on %1</source>
        <translation>服务器证书已于 %1 过期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s certificate is not valid before %1</source>
        <translation>服务器证书在 %1 之前无效</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../src/cluster/slotmap.cpp" line="+58"/>
        <source>CLUSTER SLOTS did not answer with a list</source>
        <translation>CLUSTER SLOTS 的应答不是列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>CLUSTER SLOTS sent a slot range without a master</source>
        <translation>CLUSTER SLOTS 发送了没有主节点的槽范围</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CLUSTER SLOTS sent an invalid slot range</source>
        <translation>CLUSTER SLOTS 发送了无效的槽范围</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>CLUSTER SHARDS did not answer with a list</source>
        <translation>CLUSTER SHARDS 的应答不是列表</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>CLUSTER SHARDS sent an invalid slot range</source>
        <translation>CLUSTER SHARDS 发送了无效的槽范围</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster reported no nodes</source>
        <translation>集群没有报告任何节点</translation>
    </message>
</context>
<context>
    <name>TtlDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/TtlDialog.qml" line="+15"/>
        <source>Expiry</source>
        <translation>过期</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expire in (seconds)</source>
        <translation>多少秒后过期</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set expiry</source>
        <translation>设置过期时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove expiry</source>
        <translation>移除过期时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../examples/browser/values/ValueEditor.qml" line="+31"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (escaped)</source>
        <translation>文本（转义）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>View as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrap</source>
        <translation>自动换行</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="vanished">
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>modified</source>
        <translation>已修改</translation>
    </message>
</context>
<context>
    <name>ValueEditorDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/ValueEditorDialog.qml" line="+32"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The score must be a number (or inf, -inf).</source>
        <translation>分数必须是数字（或 inf、-inf）。</translation>
    </message>
    <message>
        <source>HH, 
, 	 and \ are escapes</source>
        <translation type="vanished">\xHH、
、	 和 \ 是转义序列</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 are escapes</source>
        <translation>%1 为转义序列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ValuePane</name>
    <message>
        <location filename="../examples/browser/values/ValuePane.qml" line="+149"/>
        <source>Delete key</source>
        <translation>删除键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this key? This cannot be undone.</source>
        <translation>删除此键？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Not renamed</source>
        <translation>未重命名</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace key</source>
        <translation>替换键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key with the new name exists already. Replace it? Its value is lost.</source>
        <translation>已存在使用新名称的键。要替换它吗？它的值将会丢失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expires in %1</source>
        <translation>%1后过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry removed</source>
        <translation>已移除过期时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reload the value</source>
        <translation>重新加载值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the key (F2)</source>
        <translation>重命名键（F2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TTL…</source>
        <translation>TTL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set or remove the expiry</source>
        <translation>设置或移除过期时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the key</source>
        <translation>删除键</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TTL: %1</source>
        <translation>TTL：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory: %1</source>
        <translation>内存：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Slot %1 on node %2</source>
        <translation>槽位 %1，位于节点 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot %1 (node not known yet)</source>
        <translation>槽位 %1（节点尚未知）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a key to see its value.</source>
        <translation>选择一个键以查看其值。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This key does not exist (any more).</source>
        <translation>此键不存在（或已被删除）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keys of type “%1” cannot be shown here; use the console.</source>
        <translation>此处无法显示类型为“%1”的键；请使用控制台。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../examples/quick-pubsub/main.cpp" line="+29"/>
        <source>QtRedis chat</source>
        <translation>QtRedis 聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chat over Redis pub/sub, written in QML.</source>
        <translation>基于 Redis 发布/订阅（pub/sub）、用 QML 编写的聊天程序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Redis server (redis:// or unix:// URL).</source>
        <translation>Redis 服务器（redis:// 或 unix:// URL）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat room (the channel is chat:&lt;room&gt;).</source>
        <translation>聊天室（频道为 chat:&lt;room&gt;）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish one message, wait for it to come back, print it and exit (exit code 1 on an error or after 10 s).</source>
        <translation>发布一条消息，等待其回传，打印后退出（出错或 10 秒后退出码为 1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a URL: %1</source>
        <translation>不是 URL：%1</translation>
    </message>
    <message>
        <location filename="../examples/browser/main.cpp" line="+22"/>
        <source>QtRedis Browser</source>
        <translation>QtRedis 浏览器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Redis browser.</source>
        <translation>Redis 浏览器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this connection at start (redis:// or unix:// URL).</source>
        <translation>启动时打开此连接（redis:// 或 unix:// URL）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The interface language: en, de or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言：en、de 或 zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this key once the connection is open (\xHH escapes allowed).</source>
        <translation>连接打开后显示此键（允许使用 \xHH 转义）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window to this image file once the initial data is shown, then exit (exit code 1 on a failure or after 30 s).</source>
        <translation>初始数据显示后将窗口保存到此图像文件，然后退出（失败或 30 秒后退出码为 1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window size, e.g. 1280x800.</source>
        <translation>窗口大小，例如 1280x800。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep saved connections in this INI file instead of the user&apos;s settings.</source>
        <translation>将已保存的连接存放在此 INI 文件中，而不是用户设置中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the connection dialog on this saved connection at start.</source>
        <translation>启动时为此已保存的连接打开连接对话框。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--url cannot be used: %1</source>
        <translation>无法使用 --url：%1</translation>
    </message>
    <message>
        <source>not a redis:// or unix:// URL: %1</source>
        <translation type="vanished">不是 redis:// 或 unix:// URL：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size 需要 宽x高 格式，例如 1280x800</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot 需要文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no display: the window is not shown (use --screenshot FILE)</source>
        <translation>没有显示器：窗口不会显示（请使用 --screenshot FILE）</translation>
    </message>
</context>
</TS>
